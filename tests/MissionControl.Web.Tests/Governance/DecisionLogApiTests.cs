using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Governance;

/// <summary><c>GET /api/v1/missions/{slug}/decisions</c>: gate decisions, stocktake decisions and letters issued in one timeline, and the decision log page.</summary>
public sealed class DecisionLogApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    /// <summary>A mission with one of each: a gate decision, a public and a staff-only stocktake decision, and an issued letter.</summary>
    private async Task<(string Mission, string Initiative, int Letter)> MissionWithDecisionsAsync()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var initiative = NewSlug("heat");
        await _admin.CreateInitiativeAsync(Initiative(mission, initiative, stage: "pilot", title: "Heat pump pilot"));
        await _admin.DecideAsync(initiative, Decision("advance", "scale", "The pilot cut emissions by a third."));
        var stocktake = (await _admin.ScheduleStocktakeAsync(mission, Today)).Id();
        await _admin.DecideAtAsync(stocktake, "Publish the heat plan by spring", isPublic: true);
        await _admin.DecideAtAsync(stocktake, "Brief the minister on the budget risk", isPublic: false);
        var letter = await _admin.WriteLetterAsync(mission);
        await _admin.IssueAsync(letter);
        return (mission, initiative, letter);
    }

    private async Task<List<System.Text.Json.JsonElement>> LogAsync(HttpClient client, string mission, string query = "") =>
        [.. (await (await client.GetAsync($"/api/v1/missions/{mission}/decisions{query}", Ct)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()];

    [Fact]
    public async Task DecisionLog_Staff_ListsGateStocktakeAndLetterDecisionsNewestFirst()
    {
        var (mission, initiative, letter) = await MissionWithDecisionsAsync();

        var log = await LogAsync(_admin, mission);

        Assert.Equal(4, log.Count);
        log[0].AssertHasProperties("source", "at", "title", "text", "by", "subject", "status", "public", "link");
        Assert.Equal(["letter-issued", "stocktake-decision", "stocktake-decision", "gate-decision"], log.Select(e => e.Text("source")));
        var gate = log[3];
        Assert.Equal(initiative, gate.Text("subject"));
        Assert.Equal("Heat pump pilot: advance (pilot → scale)", gate.Text("title"));
        Assert.Equal("The pilot cut emissions by a third.", gate.Text("text"));
        Assert.Equal($"/initiatives/{initiative}#gate-decisions", gate.Text("link"));
        Assert.Equal($"/letters/{letter}", log[0].Text("link"));
        Assert.Equal("issued", log[0].Text("status"));
        var times = log.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task DecisionLog_Anonymous_StaffOnlyStocktakeDecisionLeftOut()
    {
        var (mission, _, _) = await MissionWithDecisionsAsync();

        var log = await LogAsync(_anonymous, mission);

        Assert.Equal(3, log.Count);
        Assert.Contains(log, e => e.Text("text") == "Publish the heat plan by spring" && e.GetProperty("public").GetBoolean());
        Assert.DoesNotContain(log, e => e.Text("text") == "Brief the minister on the budget risk");
    }

    [Fact]
    public async Task DecisionLog_FilteredBySourceAndWords_OnlyMatchingDecisions()
    {
        var (mission, _, _) = await MissionWithDecisionsAsync();

        var stocktake = await LogAsync(_admin, mission, "?source=stocktake-decision");
        var words = await LogAsync(_admin, mission, "?q=HEAT%20PLAN");
        var future = await LogAsync(_admin, mission, $"?from={Iso(Today.AddDays(2))}");
        var past = await LogAsync(_admin, mission, $"?to={Iso(Today.AddDays(-2))}");

        Assert.Equal(2, stocktake.Count);
        Assert.All(stocktake, e => Assert.Equal("stocktake-decision", e.Text("source")));
        Assert.Equal("Publish the heat plan by spring", Assert.Single(words).Text("text"));
        Assert.Empty(future);
        Assert.Empty(past);
    }

    [Fact]
    public async Task DecisionLog_UnknownSourceAndReversedDates_Returns400NamingTheFields()
    {
        var (mission, _, _) = await MissionWithDecisionsAsync();

        var problem = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/decisions?source=rumour&from=2025-05-01&to=2025-01-01", Ct))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["source", "to"], problem.ErrorKeys().Order());
    }

    [Fact]
    public async Task DecisionLog_UnknownMission_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/missions/{NewSlug("nowhere")}/decisions", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DecisionLog_DraftMissionAnonymous_Returns404()
    {
        var mission = await _admin.CreateLetterMissionAsync(status: "draft");

        await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/decisions", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DecisionLogPage_Anonymous_ShowsTheTimelineWithFilters()
    {
        var (mission, initiative, _) = await MissionWithDecisionsAsync();

        var response = await _anonymous.GetAsync($"/missions/{mission}/decisions", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Decision log</h1>", html);
        Assert.Contains($"href=\"/initiatives/{initiative}#gate-decisions\"", html);
        Assert.Contains("Heat pump pilot: advance (pilot → scale)", html);
        Assert.Contains("Publish the heat plan by spring", html);
        Assert.DoesNotContain("Brief the minister on the budget risk", html);
        Assert.Contains("Mission letter, version 1, issued", html);
        Assert.Contains("name=\"source\"", html);
    }

    [Fact]
    public async Task DecisionLogPage_FilterOnGateDecisions_OnlyThoseListed()
    {
        var (mission, _, _) = await MissionWithDecisionsAsync();

        var html = WebUtility.HtmlDecode(await _anonymous.GetStringAsync($"/missions/{mission}/decisions?source=gate-decision", Ct));

        Assert.Contains("Heat pump pilot: advance", html);
        Assert.DoesNotContain("Publish the heat plan by spring", html);
        Assert.Contains("1 decision.", html);
    }

    [Fact]
    public async Task DecisionLogPage_BadDate_Returns400WithFieldMessage()
    {
        var (mission, _, _) = await MissionWithDecisionsAsync();

        var response = await _anonymous.GetAsync($"/missions/{mission}/decisions?from=not-a-date", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("id=\"from-error\"", html);
    }
}
