using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Governance;

public sealed class PrioritiesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Priorities_CentreMovesAMissionUpAndDropsAProgramme_DashboardShowsBoth()
    {
        var mission = await Data.CreateOnTrackMissionAsync("priority");
        var programme = $"Hydrogen bus programme {Guid.NewGuid():N}"[..30];

        await new LoginPage(Page).SignInAsAdministratorAsync("/admin/priorities");
        var priorities = new PrioritiesPage(Page);
        await Expect(priorities.Heading).ToHaveTextAsync("Priorities");
        var before = int.Parse(await priorities.RankOf(mission.Title).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before > 1, "A new mission joins the end of the order.");

        await priorities.MoveUpAsync(mission.Title);
        await Expect(priorities.RankOf(mission.Title)).ToHaveTextAsync($"{before - 1}");

        // A form without a reason is refused with the message at the field.
        await priorities.RecordNoLongerAsync(programme, "", mission.Title);
        await Expect(priorities.ErrorSummaryLinks).ToHaveTextAsync(["Enter why it is no longer a priority."]);
        await priorities.RecordNoLongerAsync(programme, "Folded into the green-fuels initiatives.", mission.Title);
        await Expect(priorities.SuccessBanner).ToContainTextAsync("It is now listed as no longer a priority.");
        await Screenshots.TakeAsync(Page, "priorities");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        // The public dashboard shows the new rank on the mission's card and the programme that is no longer a priority.
        await using var publicContext = await Fixture.NewContextAsync();
        var publicPage = await publicContext.NewPageAsync();
        var dashboard = await new DashboardPage(publicPage).GotoAsync();
        await Expect(dashboard.Card(mission.Title)).ToContainTextAsync($"Priority {before - 1}");
        var noLonger = publicPage.GetByRole(AriaRole.Heading, new() { Name = "No longer a priority" });
        await Expect(noLonger).ToBeVisibleAsync();
        await Expect(publicPage.Locator("#no-longer-list")).ToContainTextAsync(new Regex(Regex.Escape(programme) + ".*Folded into the green-fuels initiatives", RegexOptions.Singleline));
        await AxeAssert.NoSeriousViolationsAsync(publicPage);
    }
}
