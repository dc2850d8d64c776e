using System.Net;
using System.Net.Http.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Governance.GovernanceRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Governance;

/// <summary>
/// <c>POST /api/v1/missions/{slug}/stocktakes</c> generates the agenda from the data; <c>GET /api/v1/stocktakes/{id}</c>,
/// minutes, decisions that carry over until closed, and who may do and see what.
/// </summary>
public sealed class StocktakesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task ScheduleStocktake_InitiativeJustRatedRed_AgendaListsTheInitiative()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var red = NewSlug("red");
        var green = NewSlug("green");
        await _admin.CreateInitiativeAsync(Initiative(mission, red, stage: "pilot", title: "District heating pilot"));
        await _admin.CreateInitiativeAsync(Initiative(mission, green, stage: "pilot"));
        await _admin.ReviewAsync(red, "red");
        await _admin.ReviewAsync(green, "green");

        var response = await _admin.PostStocktakeAsync(mission, Iso(Today));

        var stocktake = await response.ExpectAsync(HttpStatusCode.Created);
        stocktake.AssertHasProperties("id", "date", "agenda");
        Assert.Equal($"/api/v1/stocktakes/{stocktake.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal(Iso(Today), stocktake.Text("date"));
        var item = Assert.Single(stocktake.GetProperty("agenda").EnumerateArray(), a => a.Text("kind") == "initiative-red");
        item.AssertHasProperties("kind", "subject", "text");
        Assert.Equal(red, item.Text("subject"));
        Assert.Equal("District heating pilot is rated red: successful delivery appears unachievable.", item.Text("text"));
        Assert.DoesNotContain(stocktake.Agenda(), a => a.Subject == green && a.Kind == "initiative-red");
    }

    [Fact]
    public async Task ScheduleStocktake_KeyFigureWorsenedSinceThePrevious_StatusWorsenedItem()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        // Baseline 100 (2010), target 50 (2030): required −3.41% a year. 70 in 2020 is −3.50% a year: ratio 1.03, on track.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2010", 100), Observation("2020", 70) })).ExpectAsync(HttpStatusCode.OK);
        var first = await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-30));
        Assert.DoesNotContain(first.Agenda(), a => a.Subject == indicator);

        // 95 in 2022 is −0.43% a year since 2010: ratio 0.13, insufficient.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2022", 95) })).ExpectAsync(HttpStatusCode.OK);
        var second = await _admin.ScheduleStocktakeAsync(mission, Today);

        Assert.Equal([("status-worsened", indicator)], second.Agenda().Where(a => a.Subject == indicator).ToList());
        var item = second.GetProperty("agenda").EnumerateArray().First(a => a.Text("subject") == indicator);
        Assert.Equal($"The key figure Greenhouse gas emissions has worsened since the previous stocktake ({Today.AddDays(-30).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}): from on track to insufficient progress.", item.Text("text"));

        // A third stocktake compares with the second: still insufficient, so off track but no longer "worsened".
        var third = await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(7));
        Assert.Equal([("indicator-off-track", indicator)], third.Agenda().Where(a => a.Subject == indicator).ToList());
    }

    [Fact]
    public async Task ScheduleStocktake_OverdueReviewAndWaitingGateDecision_Listed()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var overdue = NewSlug("overdue");
        var waiting = NewSlug("waiting");
        var decided = NewSlug("decided");
        // Started a year ago, never reviewed: the review was due six months after the start.
        await _admin.CreateInitiativeAsync(Initiative(mission, overdue, stage: "discovery").With("startDate", Iso(Today.AddYears(-1))));
        await _admin.CreateInitiativeAsync(Initiative(mission, waiting, stage: "pilot"));
        await _admin.CreateInitiativeAsync(Initiative(mission, decided, stage: "pilot"));
        await _admin.ReviewAsync(waiting, "amber-green");
        await _admin.ReviewAsync(decided, "amber-green");
        await _admin.DecideAsync(decided, Decision("hold", rationale: "Decided on the review's recommendation."));

        var agenda = (await _admin.ScheduleStocktakeAsync(mission, Today)).Agenda();

        Assert.Contains(("review-overdue", overdue), agenda);
        Assert.Contains(("decision-pending", waiting), agenda);
        Assert.DoesNotContain(agenda, a => a.Subject == decided);
        Assert.DoesNotContain(("decision-pending", overdue), agenda);
    }

    [Fact]
    public async Task StocktakeDecision_Open_CarriesOverUntilDone()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var first = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-60))).Id();
        var decision = await _admin.DecideAtAsync(first, "Ask the treasury for the co-payment", isPublic: true);

        var second = await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-30));
        Assert.Contains(("action-open", $"decision-{decision}"), second.Agenda());
        var carried = Assert.Single((await _admin.GetStocktakeAsync(second.Id())).GetProperty("carriedOver").EnumerateArray());
        Assert.Equal(decision, carried.Id());
        Assert.Equal("open", carried.Text("status"));
        Assert.Equal(first, carried.GetProperty("stocktakeId").GetInt32());

        // Still open a month later: on the next agenda again.
        var third = await _admin.ScheduleStocktakeAsync(mission, Today);
        Assert.Contains(("action-open", $"decision-{decision}"), third.Agenda());

        var closed = await (await _admin.PatchDecisionAsync(decision, new { status = "done" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("done", closed.Text("status"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);

        var fourth = await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(14));
        Assert.DoesNotContain(fourth.Agenda(), a => a.Kind == "action-open");
        Assert.Empty((await _admin.GetStocktakeAsync(fourth.Id())).GetProperty("carriedOver").EnumerateArray());
        // The second stocktake's record keeps what was carried over to it, now marked done.
        Assert.Equal("done", Assert.Single((await _admin.GetStocktakeAsync(second.Id())).GetProperty("carriedOver").EnumerateArray()).Text("status"));
    }

    [Fact]
    public async Task StocktakeDecision_Dropped_NoLongerCarriedOverAndReopenBringsItBack()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var first = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-30))).Id();
        var decision = await _admin.DecideAtAsync(first, "Commission a study on heat networks");

        await (await _admin.PatchDecisionAsync(decision, new { status = "dropped" })).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain((await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(1))).Agenda(), a => a.Kind == "action-open");

        await (await _admin.PatchDecisionAsync(decision, new { status = "open" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(("action-open", $"decision-{decision}"), (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(2))).Agenda());
    }

    [Fact]
    public async Task GetStocktake_Public_NoMinutesOnlyPublicDecisionsAndTheirActions()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var first = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-30))).Id();
        var shown = await _admin.DecideAtAsync(first, "Publish the heat-pump tender", isPublic: true);
        var internalOnly = await _admin.DecideAtAsync(first, "Brief the minister before the budget talks");
        await (await _admin.PutAsJsonAsync($"/api/v1/stocktakes/{first}/minutes", new { minutes = "The board discussed the tender.\nAgreed: publish." }, Ct))
            .ExpectAsync(HttpStatusCode.OK);
        var second = (await _admin.ScheduleStocktakeAsync(mission, Today)).Id();

        var forPublic = await _anonymous.GetStocktakeAsync(first);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, forPublic.GetProperty("minutes").ValueKind);
        Assert.Equal([shown], forPublic.GetProperty("decisions").EnumerateArray().Select(d => d.Id()));
        var publicAgenda = (await _anonymous.GetStocktakeAsync(second)).Agenda();
        Assert.Contains(("action-open", $"decision-{shown}"), publicAgenda);
        Assert.DoesNotContain(("action-open", $"decision-{internalOnly}"), publicAgenda);

        var forStaff = await _admin.GetStocktakeAsync(first);
        Assert.Equal("The board discussed the tender.\nAgreed: publish.", forStaff.Text("minutes"));
        Assert.Equal([shown, internalOnly], forStaff.GetProperty("decisions").EnumerateArray().Select(d => d.Id()));
        Assert.Contains(("action-open", $"decision-{internalOnly}"), (await _admin.GetStocktakeAsync(second)).Agenda());
    }

    [Fact]
    public async Task Stocktakes_OwnersAndAdministratorsOnly()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (other, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostStocktakeAsync(mission, Iso(Today))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PostStocktakeAsync(mission, Iso(Today))).StatusCode);
        var id = (await owner.ScheduleStocktakeAsync(mission, Today)).Id();

        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PostStocktakeDecisionAsync(id, "Not theirs to decide")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PutAsJsonAsync($"/api/v1/stocktakes/{id}/minutes", new { minutes = "x" }, Ct)).StatusCode);
        var decision = await owner.DecideAtAsync(id, "Write to the regions");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PatchDecisionAsync(decision, new { status = "done" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PatchDecisionAsync(decision, new { status = "done" })).StatusCode);
        await (await owner.PatchDecisionAsync(decision, new { status = "done" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PatchDecisionAsync(int.MaxValue, new { status = "done" })).StatusCode);
    }

    [Fact]
    public async Task ScheduleStocktake_InvalidInput_400NamingTheFields()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (other, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var foreignBody = (await _admin.CreateBodyAsync(other, Body("mission-board", "Another mission's board"))).Id();

        var noDate = await (await _admin.PostStocktakeAsync(mission, null)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["date"], noDate.ErrorKeys());
        var badDate = await (await _admin.PostStocktakeAsync(mission, "1 March")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["date"], badDate.ErrorKeys());
        var foreign = await (await _admin.PostStocktakeAsync(mission, Iso(Today), foreignBody)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["bodyId"], foreign.ErrorKeys());

        await _admin.ScheduleStocktakeAsync(mission, Today);
        var twice = await (await _admin.PostStocktakeAsync(mission, Iso(Today))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["date"], twice.ErrorKeys());
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostStocktakeAsync(NewSlug("missing"), Iso(Today))).StatusCode);
    }

    [Fact]
    public async Task ScheduleStocktake_NoDateForBodyWithCadence_TheBodysNextMeeting()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var board = (await _admin.CreateBodyAsync(mission, Body("mission-board", "Monthly board", cadence: "monthly"))).Id();

        // Set up today with no stocktake yet: the first meeting is a month on.
        var first = await (await _admin.PostStocktakeAsync(mission, null, board)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(Iso(Today.AddMonths(1)), first.Text("date"));
        Assert.Equal(board, first.GetProperty("bodyId").GetInt32());

        // The next one follows the latest.
        var second = await (await _admin.PostStocktakeAsync(mission, null, board)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(Iso(Today.AddMonths(2)), second.Text("date"));
    }

    [Fact]
    public async Task ChangeDecision_InvalidStatusOrDate_400()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var id = (await _admin.ScheduleStocktakeAsync(mission, Today)).Id();
        var decision = await _admin.DecideAtAsync(id, "Write to the regions");

        var problem = await (await _admin.PatchDecisionAsync(decision, new { status = "finished", due = "soon" })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["due", "status"], problem.ErrorKeys());
        var empty = await (await _admin.PostStocktakeDecisionAsync(id, " ")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["text"], empty.ErrorKeys());
    }

    [Fact]
    public async Task ListStocktakes_LatestFirstWithBodyAndUpcoming()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var board = (await _admin.CreateBodyAsync(mission, Body("mission-board", "The board"))).Id();
        var past = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(-10), board)).Id();
        var next = (await _admin.ScheduleStocktakeAsync(mission, Today.AddDays(10))).Id();

        var list = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/stocktakes", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([next, past], list.EnumerateArray().Select(s => s.Id()));
        Assert.True(list[0].GetProperty("upcoming").GetBoolean());
        Assert.False(list[1].GetProperty("upcoming").GetBoolean());
        Assert.Equal("The board", list[1].Text("bodyName"));
    }
}
