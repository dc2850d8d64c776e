using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Governance;

/// <summary>
/// The centre's priorities: <c>GET|PUT /api/v1/priorities</c> orders the missions, <c>POST|DELETE /api/v1/priorities/no-longer</c>
/// records what is no longer a priority, and the public dashboard shows both. The order is one for the whole installation,
/// so every test that changes it is in this class (whose tests run one at a time).
/// </summary>
public sealed class PrioritiesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<JsonElement> PrioritiesAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/priorities", Ct)).ExpectAsync(HttpStatusCode.OK);

    private static int RankOf(JsonElement priorities, string slug) =>
        priorities.GetProperty("missions").EnumerateArray().Single(m => m.Text("slug") == slug).GetProperty("rank").GetInt32();

    private Task<HttpResponseMessage> PutOrderAsync(HttpClient client, params string[] slugs) =>
        client.PutAsJsonAsync("/api/v1/priorities", new { missionSlugs = slugs }, Ct);

    private static Dictionary<string, object?> NoLonger(string title, string? missionSlug = null, string? since = null) => new()
    {
        ["title"] = title,
        ["reason"] = "The money goes further elsewhere.",
        ["since"] = since,
        ["missionSlug"] = missionSlug,
    };

    [Fact]
    public async Task SetPriorities_TwoMissionsListed_TheyComeFirstInThatOrder()
    {
        var first = NewSlug("first");
        var second = NewSlug("second");
        await _admin.CreateMissionAsync(Mission(first));
        await _admin.CreateMissionAsync(Mission(second));

        var saved = await (await PutOrderAsync(_admin, second, first)).ExpectAsync(HttpStatusCode.OK);
        var read = await PrioritiesAsync(_anonymous);

        Assert.Equal(1, RankOf(saved, second));
        Assert.Equal(2, RankOf(saved, first));
        Assert.Equal(1, RankOf(read, second));
        Assert.Equal(2, RankOf(read, first));
        read.GetProperty("missions")[0].AssertHasProperties("rank", "slug", "title", "status");
    }

    [Fact]
    public async Task SetPriorities_NewOrder_AuditedAsMissionChanges()
    {
        var first = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(first));
        var before = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.EntityType == "Mission" && a.Action == "updated")));

        await (await PutOrderAsync(_admin, first)).ExpectAsync(HttpStatusCode.OK);

        var after = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.EntityType == "Mission" && a.Action == "updated")));
        Assert.True(after > before, "Moving a mission up left no audit entry.");
    }

    [Fact]
    public async Task SetPriorities_UnknownAndRepeatedSlugs_Returns400NamingThem()
    {
        var known = NewSlug("known");
        await _admin.CreateMissionAsync(Mission(known));

        var problem = await (await PutOrderAsync(_admin, known, "no-such-mission", known)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("missionSlugs[1]", problem.ErrorKeys());
        Assert.Contains("missionSlugs", problem.ErrorKeys());
    }

    [Fact]
    public async Task SetPriorities_MissionOwner_Returns403()
    {
        var mission = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(mission));
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        await (await PutOrderAsync(owner, mission)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync("/api/v1/priorities/no-longer", NoLonger("Anything"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SetPriorities_Anonymous_Returns401()
    {
        await (await PutOrderAsync(_anonymous, "any")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RecordDeprioritisation_Valid_Returns201AndListedPublicly()
    {
        var mission = NewSlug("dropped");
        await _admin.CreateMissionAsync(Mission(mission, title: "Hydrogen buses"));
        var title = $"Hydrogen bus programme {Guid.NewGuid():N}";

        var created = await (await _admin.PostAsJsonAsync("/api/v1/priorities/no-longer", NoLonger(title, mission, "2026-01-15"), Ct))
            .ExpectAsync(HttpStatusCode.Created);
        var listed = (await PrioritiesAsync(_anonymous)).GetProperty("noLongerPriorities").EnumerateArray().Single(d => d.Text("title") == title);

        created.AssertHasProperties("id", "title", "reason", "since", "missionSlug", "missionTitle");
        Assert.Equal("2026-01-15", listed.Text("since"));
        Assert.Equal(mission, listed.Text("missionSlug"));
        Assert.Equal("Hydrogen buses", listed.Text("missionTitle"));
        Assert.Equal("The money goes further elsewhere.", listed.Text("reason"));
    }

    [Fact]
    public async Task RecordDeprioritisation_NoTitleNoReasonBadDate_Returns400PerField()
    {
        var problem = await (await _admin.PostAsJsonAsync("/api/v1/priorities/no-longer",
            new { title = "", reason = " ", since = "15/01/2026", missionSlug = "no-such-mission" }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["missionSlug", "reason", "since", "title"], problem.ErrorKeys().Order());
    }

    [Fact]
    public async Task RemoveDeprioritisation_Existing_GoneFromTheListAnd404Twice()
    {
        var title = $"Gone {Guid.NewGuid():N}";
        var id = (await (await _admin.PostAsJsonAsync("/api/v1/priorities/no-longer", NoLonger(title), Ct)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        await (await _admin.DeleteAsync($"/api/v1/priorities/no-longer/{id}", Ct)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.DoesNotContain((await PrioritiesAsync(_anonymous)).GetProperty("noLongerPriorities").EnumerateArray(), d => d.Text("title") == title);
        await (await _admin.DeleteAsync($"/api/v1/priorities/no-longer/{id}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dashboard_PrioritiesSet_ShowsRankAndNoLongerAPriority()
    {
        var top = NewSlug("top");
        await _admin.CreateMissionAsync(Mission(top, title: "Top mission of the centre"));
        await (await PutOrderAsync(_admin, top)).ExpectAsync(HttpStatusCode.OK);
        var title = $"Coal phase-out subsidy {Guid.NewGuid():N}";
        await (await _admin.PostAsJsonAsync("/api/v1/priorities/no-longer", NoLonger(title, since: Iso(Today)), Ct)).ExpectAsync(HttpStatusCode.Created);

        var html = WebUtility.HtmlDecode(await _anonymous.GetStringAsync("/", Ct));

        var card = html.IndexOf($"href=\"/missions/{top}\"", StringComparison.Ordinal);
        Assert.True(card > 0, "The mission is not on the dashboard.");
        var cardStart = html.LastIndexOf("<li class=\"mc-card\">", card, StringComparison.Ordinal);
        Assert.Contains(">Priority 1</p>", html[cardStart..card]);
        Assert.Contains("No longer a priority", html);
        Assert.Contains(title, html);
    }

    [Fact]
    public async Task PrioritiesPage_Administrator_MoveDownSavesTheNewOrder()
    {
        var first = NewSlug("page-first");
        var second = NewSlug("page-second");
        await _admin.CreateMissionAsync(Mission(first));
        await _admin.CreateMissionAsync(Mission(second));
        await (await PutOrderAsync(_admin, first, second)).ExpectAsync(HttpStatusCode.OK);
        var page = await _admin.GetStringAsync("/admin/priorities", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "order",
            ["__RequestVerificationToken"] = token,
            ["Order.Move"] = $"down:{first}",
        });
        var response = await _admin.PostAsync("/admin/priorities", form, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var read = await PrioritiesAsync(_anonymous);
        Assert.Equal(1, RankOf(read, second));
        Assert.Equal(2, RankOf(read, first));
    }

    [Fact]
    public async Task PrioritiesPage_MissionOwner_Forbidden()
    {
        var mission = NewSlug("owner-page");
        await _admin.CreateMissionAsync(Mission(mission));
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        var response = await owner.GetAsync("/admin/priorities", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Missions in order of priority", await response.Content.ReadAsStringAsync(Ct));
    }
}
