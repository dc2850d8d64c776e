using System.Text.RegularExpressions;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Portfolio;

public sealed class GateDecisionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ExitPlanMessage =
        "A decision to stop needs an exit plan: what is kept, and where the people, the assets and the learning go.";

    [Fact]
    public async Task RecordGateDecision_MissionOwnerAdvancesPilot_CardMovesToScaleColumn()
    {
        var mission = await Data.CreateOnTrackMissionAsync("gate-advance");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);
        var initiative = await Data.CreateInitiativeAsync(mission.Slug, "advance", "pilot");

        await new LoginPage(Page).SignInAsAsync(owner.Email, owner.Password, $"/missions/{mission.Slug}/portfolio");
        var portfolio = new PortfolioPage(Page);
        await Expect(portfolio.Card("Pilot", initiative.Title)).ToBeVisibleAsync();
        await Expect(portfolio.Card("Scale", initiative.Title)).ToHaveCountAsync(0);

        var initiativePage = await portfolio.OpenInitiativeAsync(initiative.Title);
        await Expect(initiativePage.Stage).ToHaveTextAsync("Stage: Pilot");
        var form = await initiativePage.OpenRecordGateDecisionAsync();
        initiativePage = await form.RecordAsync(GateDecisionPage.Advance, "The pilot met its milestones in all three towns.");

        await Expect(initiativePage.SuccessBanner).ToContainTextAsync("The gate decision has been recorded. The stage is now scale.");
        await Expect(initiativePage.Stage).ToHaveTextAsync("Stage: Scale");
        await Expect(initiativePage.GateDecisions.First).ToContainTextAsync(new Regex(@"Advance:\s*Pilot → Scale"));
        await Expect(initiativePage.GateDecisions.First).ToContainTextAsync("The pilot met its milestones in all three towns.");

        portfolio = await initiativePage.OpenPortfolioAsync();
        await Expect(portfolio.Card("Scale", initiative.Title)).ToBeVisibleAsync();
        await Expect(portfolio.Card("Pilot", initiative.Title)).ToHaveCountAsync(0);
        await Expect(portfolio.GateDecisions.First).ToContainTextAsync(initiative.Title);
        Assert.Equal("scale", (await Data.InitiativeAsync(initiative.Slug)).Stage);
    }

    [Fact]
    public async Task RecordGateDecision_StopWithoutExitPlan_ShowsExitPlanErrorAndKeepsStage()
    {
        var mission = await Data.CreateOnTrackMissionAsync("gate-stop");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);
        var initiative = await Data.CreateInitiativeAsync(mission.Slug, "stop", "pilot");
        await new LoginPage(Page).SignInAsAsync(owner.Email, owner.Password, $"/initiatives/{initiative.Slug}/gate-decisions/new");
        var form = new GateDecisionPage(Page);

        await form.SubmitWithErrorsAsync(GateDecisionPage.Stop, "Uptake is too low to justify the cost.");

        await Expect(form.ErrorSummaryLinks).ToHaveTextAsync([ExitPlanMessage]);
        await Expect(form.ErrorSummaryLinks).ToHaveAttributeAsync("href", "#exitPlan");
        await Expect(form.ExitPlanError).ToContainTextAsync(ExitPlanMessage);
        await Expect(form.ErrorOf(form.Rationale)).ToHaveCountAsync(0);
        await Expect(form.Rationale).ToHaveValueAsync("Uptake is too low to justify the cost.");
        await Expect(form.ExitKept).ToHaveValueAsync("");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        await Screenshots.TakeAsync(Page, "portfolio-gate-decision-errors");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        var initiativePage = await new InitiativePage(Page).GotoAsync(initiative.Slug, initiative.Title);
        await Expect(initiativePage.Stage).ToHaveTextAsync("Stage: Pilot");
        await Expect(Page.GetByText("No gate decisions yet.")).ToBeVisibleAsync();
        Assert.Equal("pilot", (await Data.InitiativeAsync(initiative.Slug)).Stage);
    }
}
