using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The public mission dashboard, <c>/</c>.</summary>
public sealed class DashboardPage(IPage page) : PageObject(page)
{
    public const string Title = "Is the government keeping its promises?";

    public async Task<DashboardPage> GotoAsync()
    {
        await Page.GotoAsync("/");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    /// <summary>The list of mission cards (the list named "Missions").</summary>
    public ILocator CardList => Page.GetByRole(AriaRole.List, new() { Name = "Missions", Exact = true });

    public ILocator Cards => CardList.GetByRole(AriaRole.Listitem);

    /// <summary>The card whose heading is the mission's title.</summary>
    public ILocator Card(string missionTitle) =>
        Cards.Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = missionTitle, Exact = true }) });

    /// <summary>The status chip of a card: colour and words, e.g. "Moderate progress".</summary>
    public ILocator StatusOf(string missionTitle) => Card(missionTitle).Locator("[data-status]");

    public async Task<MissionPage> OpenMissionAsync(string missionTitle)
    {
        await Card(missionTitle).GetByRole(AriaRole.Link, new() { Name = missionTitle, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/missions/**");
        var mission = new MissionPage(Page);
        await Expect(mission.Heading).ToHaveTextAsync(missionTitle);
        return mission;
    }
}
