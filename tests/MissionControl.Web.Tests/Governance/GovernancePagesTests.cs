using System.Net;
using System.Net.Http.Json;
using System.Text;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Governance.GovernanceRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Governance;

/// <summary>The chain of command on the mission page, the governance and stocktake pages, and the meetings calendar, at HTTP level.</summary>
public sealed class GovernancePagesTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<string> HtmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _anonymous.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} for {path}, got {(int)response.StatusCode}.");
        return WebUtility.HtmlDecode(html);
    }

    private async Task<(string Mission, int Board, int Secretariat)> CreateGovernanceAsync()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var board = (await _admin.CreateBodyAsync(mission, Body("mission-board", "Net zero board", cadence: "monthly",
            members: Member("Anna Berg", "Ministry of Climate", "chair")))).Id();
        var secretariat = (await _admin.CreateBodyAsync(mission, Body("secretariat", "Net zero secretariat", board,
            members: Member("Mette Dahl", "Energy Agency", "secretary")))).Id();
        return (mission, board, secretariat);
    }

    [Fact]
    public async Task MissionPage_Bodies_ChainOfCommandAsNestedListWithMembers()
    {
        var (mission, board, secretariat) = await CreateGovernanceAsync();

        var html = await HtmlAsync($"/missions/{mission}");

        var start = html.IndexOf("id=\"governance-heading\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The mission page has no governance section.");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        // The secretariat's item sits inside the board's: a nested list, the board at the top.
        var boardItem = section.IndexOf($"data-body=\"{board}\"", StringComparison.Ordinal);
        var secretariatItem = section.IndexOf($"data-body=\"{secretariat}\"", StringComparison.Ordinal);
        Assert.True(boardItem >= 0 && secretariatItem > boardItem, "The board and its secretariat are not both listed, board first.");
        Assert.Contains("<ul class=\"mc-tree\"", section[boardItem..secretariatItem]);
        Assert.Contains("Chair: Anna Berg, Ministry of Climate", section);
        Assert.Contains("Secretary: Mette Dahl, Energy Agency", section);
        Assert.Contains($"href=\"/missions/{mission}/governance\"", section);
    }

    [Fact]
    public async Task MissionPage_NoBodies_SaysSo()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var html = await HtmlAsync($"/missions/{mission}");

        Assert.Contains("No governance bodies yet.", html);
    }

    [Fact]
    public async Task GovernancePage_Public_BodiesMandateMembersAndStocktakesWithoutForms()
    {
        var (mission, board, _) = await CreateGovernanceAsync();
        var past = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-7), board)).Id();

        var html = await HtmlAsync($"/missions/{mission}/governance");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Governance</h1>", html);
        Assert.Contains("The mandate of Net zero board", html);
        Assert.Contains("Anna Berg", html);
        Assert.Contains($"href=\"/stocktakes/{past}\"", html);
        Assert.Contains($"href=\"/missions/{mission}/meetings.ics\"", html);
        Assert.DoesNotContain("Schedule a stocktake", html);
        Assert.DoesNotContain("Add a governance body", html);
    }

    [Fact]
    public async Task StocktakePage_Public_AgendaGroupedButNoMinutesOrInternalDecisions()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var red = NewSlug("red");
        await _admin.CreateInitiativeAsync(Initiative(mission, red, stage: "pilot", title: "Flood barrier pilot"));
        await _admin.ReviewAsync(red, "red");
        var id = (await _admin.ScheduleStocktakeAsync(mission, Today)).Id();
        await _admin.DecideAtAsync(id, "Publish the recovery plan", isPublic: true);
        await _admin.DecideAtAsync(id, "Brief the minister privately");
        await (await _admin.PutAsJsonAsync($"/api/v1/stocktakes/{id}/minutes", new { minutes = "Secret minutes" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var html = await HtmlAsync($"/stocktakes/{id}");

        Assert.Contains("data-agenda-kind=\"initiative-red\"", html);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/initiatives/{red}\">Flood barrier pilot is rated red", html);
        Assert.Contains("Publish the recovery plan", html);
        Assert.DoesNotContain("Brief the minister privately", html);
        Assert.DoesNotContain("Secret minutes", html);
        Assert.Contains("Minutes are shared with signed-in staff only", html);
        Assert.DoesNotContain("Record a decision", html);
    }

    [Fact]
    public async Task StocktakePage_Unknown_404()
    {
        var html = await HtmlAsync($"/stocktakes/{int.MaxValue}", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task GovernancePage_UnknownMission_404()
    {
        await HtmlAsync($"/missions/{NewSlug("missing")}/governance", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MeetingsCalendar_StocktakesAndProjectedMeeting_Rfc5545()
    {
        var (mission, board, secretariat) = await CreateGovernanceAsync();
        var past = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-20), board)).Id();
        var upcoming = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(10))).Id();
        // The secretariat has no cadence; the board meets monthly and last met 20 days ago: next in about 10 days, projected.
        var projected = Today.AddDays(-20).AddMonths(1);

        var response = await _anonymous.GetAsync($"/missions/{mission}/meetings.ics", Ct);
        var ics = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));

        var events = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("BEGIN:VEVENT").Skip(1).ToList();
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Contains($"UID:stocktake-{past}@", StringComparison.Ordinal)
            && e.Contains($"DTSTART;VALUE=DATE:{Today.AddDays(-20):yyyyMMdd}\r\n", StringComparison.Ordinal)
            && e.Contains("SUMMARY:Stocktake: Mission ", StringComparison.Ordinal)
            && e.Contains("(Net zero board)", StringComparison.Ordinal)
            && e.Contains("STATUS:CONFIRMED", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains($"UID:stocktake-{upcoming}@", StringComparison.Ordinal)
            && e.Contains($"DTSTART;VALUE=DATE:{Today.AddDays(10):yyyyMMdd}\r\n", StringComparison.Ordinal)
            && e.Contains($"URL:http://localhost/stocktakes/{upcoming}\r\n", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains($"UID:body-{board}-next@", StringComparison.Ordinal)
            && e.Contains($"DTSTART;VALUE=DATE:{projected:yyyyMMdd}\r\n", StringComparison.Ordinal)
            && e.Contains("SUMMARY:Next meeting: Net zero board", StringComparison.Ordinal)
            && e.Contains("STATUS:TENTATIVE", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains($"body-{secretariat}-", StringComparison.Ordinal));
    }
}
