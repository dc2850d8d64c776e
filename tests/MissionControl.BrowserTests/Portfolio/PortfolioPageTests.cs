using System.Globalization;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Portfolio;

public sealed class PortfolioPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Seeded: the Danish climate mission's portfolio has initiatives in several stages, one repurposed and one stopped.</summary>
    private const string DemoMission = "dk-climate-2030";

    /// <summary>Seeded: opened at pilot and advanced to scale, reviewed amber-green, with a confidential budget.</summary>
    private const string DemoInitiativeSlug = "north-sea-energy-island";
    private const string DemoInitiativeTitle = "North Sea energy island";

    [Fact]
    public async Task OpenPortfolio_ReviewDueAMonthAgo_WarnsOfOverdueReviewAndFlagsCard()
    {
        var mission = await Data.CreateOnTrackMissionAsync("overdue");
        var overdue = await Data.CreateInitiativeAsync(mission.Slug, "overdue", "discovery");
        var current = await Data.CreateInitiativeAsync(mission.Slug, "current", "discovery");
        // Rated green seven months ago: the next review, six months on, was due a month ago.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Data.RecordReviewAsync(overdue.Slug, today.AddMonths(-7), "green");
        var due = (await Data.InitiativeAsync(overdue.Slug)).NextReviewDue;
        Assert.Equal(today.AddMonths(-7).AddMonths(6), due);

        var portfolio = await new PortfolioPage(Page).GotoAsync(mission.Slug);

        await Expect(portfolio.OverdueWarning).ToContainTextAsync("1 review is overdue:");
        await Expect(portfolio.OverdueWarning.GetByRole(AriaRole.Link)).ToHaveTextAsync([overdue.Title]);
        await Expect(portfolio.OverdueWarning).ToContainTextAsync("due " + due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await Expect(portfolio.Card("Discovery", overdue.Title)).ToContainTextAsync("Review overdue");
        await Expect(portfolio.Card("Discovery", overdue.Title)).ToContainTextAsync("Green");
        await Expect(portfolio.Card("Discovery", current.Title)).ToBeVisibleAsync();
        await Expect(portfolio.Card("Discovery", current.Title)).Not.ToContainTextAsync("Review overdue");
        await Expect(portfolio.RedAmberShare).ToHaveTextAsync("Rated red or amber-red: 0% of open initiatives.");
    }

    [Fact]
    public async Task RunAxe_PortfolioPage_NoSeriousOrCriticalViolations()
    {
        await new LoginPage(Page).SignInAsAdministratorAsync($"/missions/{DemoMission}/portfolio");
        var portfolio = new PortfolioPage(Page);
        await Expect(portfolio.Card("Scale", DemoInitiativeTitle)).ToBeVisibleAsync();
        await Screenshots.TakeAsync(Page, "portfolio-board");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task RunAxe_InitiativePage_NoSeriousOrCriticalViolations()
    {
        await new LoginPage(Page).SignInAsAdministratorAsync($"/initiatives/{DemoInitiativeSlug}");
        var initiative = new InitiativePage(Page);
        await Expect(initiative.Heading).ToHaveTextAsync(DemoInitiativeTitle);
        await Expect(initiative.RecordGateDecisionLink).ToBeVisibleAsync();
        await Screenshots.TakeAsync(Page, "portfolio-initiative");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
