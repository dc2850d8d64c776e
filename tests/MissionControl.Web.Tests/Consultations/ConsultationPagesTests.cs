using System.Net;
using System.Net.Http.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Consultations.ConsultationRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>The consultation pages and forms, as a browser without JavaScript uses them.</summary>
public sealed class ConsultationPagesTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task ConsultationPage_Anonymous_ShowsPromptStateAndProposalsMostSupportedFirst()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, author) = await factory.CreateCitizenAsync();
        await author.CreateProposalAsync(consultation, "Less supported idea");
        var popular = await author.CreateProposalAsync(consultation, "Popular idea");
        var (_, supporter) = await factory.CreateCitizenAsync();
        await (await supporter.PostEmptyAsync($"/api/v1/proposals/{popular}/supports")).ExpectAsync(HttpStatusCode.OK);

        var html = await _anonymous.HtmlAsync($"/consultations/{consultation}");

        Assert.Contains("<strong>do</strong>", html, StringComparison.Ordinal);
        Assert.Contains(">Open</strong>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Popular idea", StringComparison.Ordinal) < html.IndexOf("Less supported idea", StringComparison.Ordinal));
        Assert.Contains("to submit a proposal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_Unknown_Returns404()
    {
        var html = await _anonymous.HtmlAsync($"/consultations/{NewSlug("nothing")}", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_ConfirmedCitizenSubmitsForm_RedirectsToTheNewProposal()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        var response = await citizen.PostFormAsync($"/consultations/{consultation}", "propose", new() { ["Proposal.Title"] = "Via the form", ["Proposal.Body"] = "From the page." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery;
        Assert.Matches("^/proposals/[0-9]+\\?saved=submitted$", location);
        Assert.Contains("Via the form", await citizen.HtmlAsync(location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_EmptyForm_Returns400WithFieldErrors()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        var response = await citizen.PostFormAsync($"/consultations/{consultation}", "propose", new() { ["Proposal.Title"] = "", ["Proposal.Body"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("href=\"#title\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#body\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_OverHourlyLimit_Returns429WithAClearMessage()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var limit = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<MissionControl.Core.Consultations.ConsultationsOptions>>(factory.Services).Value.ProposalsPerHour;
        for (var i = 0; i < limit; i++)
        {
            await citizen.CreateProposalAsync(consultation, $"Idea {i}");
        }

        var response = await citizen.PostFormAsync($"/consultations/{consultation}", "propose", new() { ["Proposal.Title"] = "One more", ["Proposal.Body"] = "Too many." });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains($"You can submit {limit} proposals an hour. Try again in", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalPage_SupportButton_SupportsOnceAndShowsIt()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, author) = await factory.CreateCitizenAsync();
        var id = await author.CreateProposalAsync(consultation);
        var (_, supporter) = await factory.CreateCitizenAsync();

        var response = await supporter.PostFormAsync($"/proposals/{id}", "support", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await supporter.HtmlAsync($"/proposals/{id}");
        Assert.Contains("You support this", html, StringComparison.Ordinal);
        Assert.Contains("id=\"support-count\">1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalPage_CommentForm_AddsTheComment()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var id = await citizen.CreateProposalAsync(consultation);

        var response = await citizen.PostFormAsync($"/proposals/{id}", "comment", new() { ["Comment.Body"] = "A *kind* word" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("A <em>kind</em> word", await _anonymous.HtmlAsync($"/proposals/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalPage_Unknown_Returns404()
    {
        await _anonymous.HtmlAsync("/proposals/987654321", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ConsultationForm_AdministratorOpensOne_RedirectsToItsPage()
    {
        var mission = NewSlug("cmission");
        await _admin.CreateMissionAsync(Mission(mission));
        var slug = NewSlug("viaform");

        var response = await _admin.PostFormAsync($"/missions/{mission}/consultations/new", "consultation", new()
        {
            ["Input.Slug"] = slug,
            ["Input.Channel"] = "workshop",
            ["Input.Title"] = "Workshops on heat",
            ["Input.Prompt"] = "How should we heat homes?",
            ["Input.Opens"] = Iso(Today),
            ["Input.Closes"] = Iso(Today.AddDays(10)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/consultations/{slug}?saved=created", response.Headers.Location?.PathAndQuery);
        var missionPage = await _anonymous.HtmlAsync($"/missions/{mission}");
        Assert.Contains("id=\"consultations-heading\"", missionPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/consultations/{slug}\"", missionPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationForm_Citizen_Returns403()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        var html = await citizen.HtmlAsync($"/consultations/{consultation}/edit", HttpStatusCode.Forbidden);

        Assert.Contains("You cannot do this", html, StringComparison.Ordinal);
        await citizen.HtmlAsync($"/consultations/{consultation}/synthesis", HttpStatusCode.Forbidden);
        await citizen.HtmlAsync($"/consultations/{consultation}/workshops/new", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WorkshopForm_BadParticipants_Returns400WithTheFieldError()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();

        var response = await _admin.PostFormAsync($"/consultations/{consultation}/workshops/new", "workshop",
            new() { ["Input.Date"] = Iso(Today), ["Input.Participants"] = "many", ["Input.Outputs"] = "Ideas" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#participants\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesisForm_ClosedConsultation_PublishesOnThePage()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync(-20, -1);

        var response = await _admin.PostFormAsync($"/consultations/{consultation}/synthesis", "synthesis", new() { ["Input.Synthesis"] = "We heard **you**." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await _anonymous.HtmlAsync($"/consultations/{consultation}");
        Assert.Contains("What we heard and what we will do", html, StringComparison.Ordinal);
        Assert.Contains("We heard <strong>you</strong>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptForm_Administrator_AdoptsAndProposalPageShowsTrace()
    {
        var (mission, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var id = await citizen.CreateProposalAsync(consultation);
        var initiative = NewSlug("takeon");
        await (await _admin.PostAsJsonAsync("/api/v1/initiatives", new { slug = initiative, missionSlug = mission, title = "Taken on", innovationType = "adaptive" }, Ct))
            .ExpectAsync(HttpStatusCode.Created);

        var response = await _admin.PostFormAsync($"/proposals/{id}/adopt", "adopt", new() { ["Input.InitiativeSlug"] = initiative });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await _anonymous.HtmlAsync($"/proposals/{id}");
        Assert.Contains($"<a class=\"govuk-link\" href=\"/initiatives/{initiative}\">Taken on</a>", html, StringComparison.Ordinal);
        Assert.Contains("Idea</strong> stage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModerationQueue_Administrator_ListsReportedItemsAndRestoresThem()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var id = await citizen.CreateProposalAsync(consultation, "Queued for review");
        await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "duplicate" }, Ct)).ExpectAsync(HttpStatusCode.OK);
        await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/hide", new { reason = "duplicate" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var html = await _admin.HtmlAsync("/moderation");
        var response = await _admin.PostFormAsync("/moderation", $"restore-proposal-{id}", []);

        Assert.Contains("Queued for review", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK)).GetProperty("hidden").GetBoolean());
    }

    [Fact]
    public async Task ModerationQueue_Citizen_Returns403()
    {
        var (_, citizen) = await factory.CreateCitizenAsync();

        await citizen.HtmlAsync("/moderation", HttpStatusCode.Forbidden);
    }
}
