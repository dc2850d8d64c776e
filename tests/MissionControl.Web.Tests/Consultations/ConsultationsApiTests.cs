using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Consultations.ConsultationRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>Consultations themselves: created and changed by the mission team, read by anyone, with workshops and a synthesis.</summary>
public sealed class ConsultationsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task CreateConsultation_AsAdministrator_Returns201WithRenderedPromptAndAudit()
    {
        var mission = NewSlug("cmission");
        await _admin.CreateMissionAsync(Mission(mission));
        var slug = NewSlug("consult");

        var response = await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", Consultation(slug, channel: "citizen-panel"), Ct);

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/consultations/{slug}", response.Headers.Location?.OriginalString);
        created.AssertHasProperties("slug", "title", "channel", "missionSlug", "prompt", "promptHtml", "opens", "closes", "state", "isOpen", "workshops", "synthesis");
        Assert.Equal("citizen-panel", created.Text("channel"));
        Assert.Equal("open", created.Text("state"));
        Assert.Contains("<strong>do</strong>", created.Text("promptHtml"), StringComparison.Ordinal);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Consultation" && a.Action == "created" && a.After!.Contains(slug), Ct));
        Assert.True(audited);
    }

    [Fact]
    public async Task CreateConsultation_Anonymous_Returns401()
    {
        var mission = NewSlug("cmission");
        await _admin.CreateMissionAsync(Mission(mission));

        var response = await _anonymous.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", Consultation(NewSlug("consult")), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateConsultation_OwnerOfAnotherMission_Returns403()
    {
        var mine = NewSlug("mine");
        var theirs = NewSlug("theirs");
        await _admin.CreateMissionAsync(Mission(mine));
        await _admin.CreateMissionAsync(Mission(theirs));
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mine)).Token);

        var refused = await owner.PostAsJsonAsync($"/api/v1/missions/{theirs}/consultations", Consultation(NewSlug("consult")), Ct);
        var allowed = await owner.PostAsJsonAsync($"/api/v1/missions/{mine}/consultations", Consultation(NewSlug("consult")), Ct);

        await refused.ExpectAsync(HttpStatusCode.Forbidden);
        await allowed.ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CreateConsultation_AsCitizen_Returns403()
    {
        var mission = NewSlug("cmission");
        await _admin.CreateMissionAsync(Mission(mission));
        var (_, citizen) = await factory.CreateCitizenAsync();

        var response = await citizen.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", Consultation(NewSlug("consult")), Ct);

        await response.ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateConsultation_BadFields_Returns400NamingEachField()
    {
        var mission = NewSlug("cmission");
        await _admin.CreateMissionAsync(Mission(mission));
        var body = new Dictionary<string, object?>
        {
            ["slug"] = "Not A Slug",
            ["channel"] = "carrier-pigeon",
            ["title"] = new string('t', 201),
            ["opens"] = "2026-05-01",
            ["closes"] = "2026-04-01",
        };

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["channel", "closes", "prompt", "slug", "title"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateConsultation_TakenSlug_Returns409()
    {
        var (mission, slug) = await _admin.CreateOpenConsultationAsync();

        var response = await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", Consultation(slug), Ct);

        await response.ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateConsultation_UnknownMission_Returns404()
    {
        var response = await _admin.PostAsJsonAsync($"/api/v1/missions/{NewSlug("nowhere")}/consultations", Consultation(NewSlug("consult")), Ct);

        await response.ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetConsultation_Unknown_Returns404ProblemDetails()
    {
        var response = await _anonymous.GetAsync($"/api/v1/consultations/{NewSlug("nothing")}", Ct);

        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.Int("status"));
    }

    [Fact]
    public async Task ListConsultations_Mission_ListsItsConsultationsPublicly()
    {
        var (mission, slug) = await _admin.CreateOpenConsultationAsync();

        var list = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/consultations", Ct)).ExpectAsync(HttpStatusCode.OK);

        var item = list.WithSlug(slug);
        Assert.Equal("open", item.Text("state"));
        await (await _anonymous.GetAsync($"/api/v1/missions/{NewSlug("nowhere")}/consultations", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UpdateConsultation_AsAdministrator_ChangesTitleButNotSlug()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();
        var body = Consultation(slug);
        body["title"] = "A better title";

        var updated = await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{slug}", body, Ct)).ExpectAsync(HttpStatusCode.OK);
        body["slug"] = NewSlug("renamed");
        var renamed = await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{slug}", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("A better title", updated.Text("title"));
        Assert.Equal(["slug"], renamed.ErrorKeys());
    }

    [Fact]
    public async Task UpdateConsultation_StaleIfMatch_Returns412AndKeepsTheOtherChange()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();
        var read = (await (await _admin.GetAsync($"/api/v1/consultations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        var first = Consultation(slug);
        first["title"] = "Changed first";
        await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{slug}", first, Ct)).ExpectAsync(HttpStatusCode.OK);
        var second = Consultation(slug);
        second["title"] = "Changed from a stale copy";

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/consultations/{slug}") { Content = JsonContent.Create(second) };
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{read}\"");
        var problem = await (await _admin.SendAsync(stale, Ct)).ExpectAsync(HttpStatusCode.PreconditionFailed);

        Assert.Contains("Someone else changed this consultation", problem.Text("detail"));
        var kept = await (await _admin.GetAsync($"/api/v1/consultations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Changed first", kept.Text("title"));
        Assert.Equal(read + 1, kept.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ConsultationForm_OpenedBeforeSomeoneElsesChange_Returns409WithMessage()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();
        var changed = Consultation(slug);
        changed["title"] = "Changed meanwhile";
        var body = Consultation(slug);

        // The form is opened at the current version; the API changes the consultation before the form is sent.
        var response = await _admin.PostFormAsync($"/consultations/{slug}/edit", "consultation", new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.Channel"] = "online",
            ["Input.Title"] = "From the stale form",
            ["Input.Prompt"] = "What should we do?",
            ["Input.Opens"] = (string)body["opens"]!,
            ["Input.Closes"] = (string)body["closes"]!,
        }, beforePost: async () => await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{slug}", changed, Ct)).ExpectAsync(HttpStatusCode.OK));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this consultation after you opened it.", html);
        Assert.Equal("Changed meanwhile", (await (await _admin.GetAsync($"/api/v1/consultations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK)).Text("title"));
    }

    [Fact]
    public async Task UpdateConsultation_AsCitizenOrUnknown_Returns403Or404()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        await (await citizen.PutAsJsonAsync($"/api/v1/consultations/{slug}", Consultation(slug), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{NewSlug("nothing")}", Consultation(slug), Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RecordWorkshop_Valid_Returns201AndListsIt()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();

        var response = await _admin.PostAsJsonAsync($"/api/v1/consultations/{slug}/workshops",
            new { date = Iso(Today.AddDays(-1)), participants = 24, outputs = "Three *priorities*." }, Ct);

        var consultation = await response.ExpectAsync(HttpStatusCode.Created);
        var workshop = Assert.Single(consultation.GetProperty("workshops").EnumerateArray());
        Assert.Equal(24, workshop.Int("participants"));
        Assert.Contains("<em>priorities</em>", workshop.Text("outputsHtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordWorkshop_MissingFields_Returns400()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/consultations/{slug}/workshops", new { participants = 0 }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["date", "outputs", "participants"], problem.ErrorKeys());
    }

    [Fact]
    public async Task PublishSynthesis_WhileOpen_Returns422()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/consultations/{slug}/synthesis", new { synthesis = "Too early." }, Ct))
            .ExpectAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("closed", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishSynthesis_AfterClose_Returns200AndShowsIt()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync(opensInDays: -30, closesInDays: -1);

        await (await _admin.PostAsJsonAsync($"/api/v1/consultations/{slug}/synthesis", new { synthesis = "## What we heard\n\nMore buses." }, Ct))
            .ExpectAsync(HttpStatusCode.OK);

        var consultation = await (await _anonymous.GetAsync($"/api/v1/consultations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("closed", consultation.Text("state"));
        Assert.Contains("<h2", consultation.Text("synthesisHtml"), StringComparison.Ordinal);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, consultation.GetProperty("synthesisPublishedAt").ValueKind);
    }

    [Fact]
    public async Task PublishSynthesis_AsCitizen_Returns403()
    {
        var (_, slug) = await _admin.CreateOpenConsultationAsync(opensInDays: -30, closesInDays: -1);
        var (_, citizen) = await factory.CreateCitizenAsync();

        await (await citizen.PostAsJsonAsync($"/api/v1/consultations/{slug}/synthesis", new { synthesis = "Mine." }, Ct)).ExpectAsync(HttpStatusCode.Forbidden);
    }
}
