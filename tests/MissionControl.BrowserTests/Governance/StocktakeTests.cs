using System.Globalization;
using System.Text.RegularExpressions;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Governance;

public sealed class StocktakeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ScheduleStocktake_InitiativeRatedRed_AgendaListsItAndADecisionCarriesOver()
    {
        var mission = await Data.CreateOnTrackMissionAsync("stocktake");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);
        var initiative = await Data.CreateInitiativeAsync(mission.Slug, "red", "pilot");
        await Data.RecordReviewAsync(initiative.Slug, Today, "red");

        await new LoginPage(Page).SignInAsAsync(owner.Email, owner.Password, $"/missions/{mission.Slug}/governance");
        var governance = new GovernancePage(Page);
        var first = await governance.ScheduleAsync(Today);

        await Expect(first.Heading).ToHaveTextAsync($"Stocktake on {Today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        await Expect(first.SuccessBanner).ToContainTextAsync("agenda generated from the data");
        var red = first.AgendaSection("Initiatives rated red or amber-red");
        await Expect(red.GetByRole(Microsoft.Playwright.AriaRole.Link)).ToHaveTextAsync([$"{initiative.Title} is rated red: successful delivery appears unachievable."]);
        await Expect(red.GetByRole(Microsoft.Playwright.AriaRole.Link)).ToHaveAttributeAsync("href", $"/initiatives/{initiative.Slug}");
        await Expect(first.CarriedOver).ToHaveCountAsync(0);

        const string action = "Ask the supplier for a recovery plan";
        await first.RecordDecisionAsync(action, "Danish Energy Agency", Today.AddDays(21));
        await Expect(StocktakePage.Row(first.Decisions, action)).ToContainTextAsync("Danish Energy Agency");
        await Expect(StocktakePage.Row(first.Decisions, action)).ToContainTextAsync("Open");
        await Screenshots.TakeAsync(Page, "governance-stocktake-agenda");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        await governance.GotoAsync(mission.Slug);
        await Expect(governance.UpcomingStocktakes).ToContainTextAsync(Today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        var second = await governance.ScheduleAsync(Today.AddDays(14));

        await Expect(second.AgendaSection("Open actions from earlier stocktakes")).ToContainTextAsync(action);
        var carried = StocktakePage.Row(second.CarriedOver, action);
        await Expect(carried).ToContainTextAsync("Open");
        await Expect(carried.GetByRole(Microsoft.Playwright.AriaRole.Link)).ToHaveTextAsync(new Regex("^Stocktake on "));
        await Screenshots.TakeAsync(Page, "governance-stocktake-carried-over");

        await second.MarkDoneAsync(carried);
        await Expect(StocktakePage.Row(second.CarriedOver, action)).ToContainTextAsync("Done");
        await Expect(second.SuccessBanner).ToContainTextAsync("The decision has been updated.");
    }

    [Fact]
    public async Task AddBody_BoardWithChairAndSecretariat_ChainOfCommandOnMissionPage()
    {
        var mission = await Data.CreateOnTrackMissionAsync("bodies");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);
        await new LoginPage(Page).SignInAsAsync(owner.Email, owner.Password, $"/missions/{mission.Slug}/governance");
        var governance = new GovernancePage(Page);

        var form = await governance.OpenAddBodyAsync();
        await form.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Mission board" });
        await form.Name.FillAsync("Retrofit mission board");
        await form.Mandate.FillAsync("Decides on the retrofit portfolio.");
        await form.Cadence.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Quarterly" });
        await form.Member("Name", 1).FillAsync("Minister for Housing");
        await form.Member("Organisation", 1).FillAsync("Ministry of Housing");
        await form.Member("Role", 1).SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Chair" });
        await form.SaveAsync();
        await Expect(governance.SuccessBanner).ToContainTextAsync("The governance body has been added.");

        form = await governance.OpenAddBodyAsync();
        await form.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Secretariat" });
        await form.Name.FillAsync("Retrofit secretariat");
        await form.ReportsTo.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Retrofit mission board" });
        await form.Member("Name", 1).FillAsync("Head of secretariat");
        await form.Member("Role", 1).SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Secretary" });
        // Assigning a secretary to an initiative breaks a rule: the form comes back with the error on that row.
        await form.Member("Assigned initiatives", 1).FillAsync("no-such-initiative");
        await form.SaveAsync();
        await Expect(form.ErrorSummaryLinks.First).ToHaveAttributeAsync("href", "#members-0-initiativeSlugs");
        await Expect(form.Member("Name", 1)).ToHaveValueAsync("Head of secretariat");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        await Screenshots.TakeAsync(Page, "governance-body-form-errors");
        await AxeAssert.NoSeriousViolationsAsync(Page);
        await form.Member("Assigned initiatives", 1).FillAsync("");
        await form.SaveAsync();
        await Expect(governance.SuccessBanner).ToContainTextAsync("The governance body has been added.");

        await Expect(governance.Body("Retrofit mission board")).ToContainTextAsync("Decides on the retrofit portfolio.");
        await Expect(governance.Body("Retrofit secretariat")).ToContainTextAsync("Retrofit mission board");
        await Screenshots.TakeAsync(Page, "governance-page");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        var missionPage = await new MissionPage(Page).GotoAsync(mission.Slug, mission.Title);
        var tree = Page.GetByTestId("chain-of-command");
        var board = tree.Locator(":scope > li").Filter(new() { HasText = "Retrofit mission board" });
        await Expect(board).ToContainTextAsync("Chair: Minister for Housing, Ministry of Housing");
        // The secretariat is drawn inside the board's item: it reports to the board.
        await Expect(board.Locator("ul.mc-tree > li")).ToContainTextAsync("Retrofit secretariat");
        await Expect(board.Locator("ul.mc-tree > li")).ToContainTextAsync("Secretary: Head of secretariat");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Governance" }).ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(Page, "governance-mission-page");
        Assert.NotNull(missionPage);
    }
}
