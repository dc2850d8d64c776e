using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The centre's priorities, <c>/admin/priorities</c>: the order of the missions, and what is no longer a priority.</summary>
public sealed class PrioritiesPage(IPage page) : PageObject(page)
{
    public async Task<PrioritiesPage> GotoAsync()
    {
        await Page.GotoAsync("/admin/priorities");
        await Expect(Heading).ToHaveTextAsync("Priorities");
        return this;
    }

    public ILocator OrderTable => Page.GetByRole(AriaRole.Table, new() { Name = "Missions in order of priority" });

    /// <summary>The row of a mission in the order table.</summary>
    public ILocator Row(string missionTitle) =>
        OrderTable.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = missionTitle, Exact = true }) });

    public ILocator RankOf(string missionTitle) => Row(missionTitle).GetByRole(AriaRole.Cell).First;

    public async Task MoveUpAsync(string missionTitle)
    {
        await Row(missionTitle).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Up") }).ClickAsync();
        await Expect(SuccessBanner).ToContainTextAsync("The order of the missions has been saved.");
    }

    public async Task RecordNoLongerAsync(string title, string reason, string? missionTitle)
    {
        await Page.GetByLabel("What is no longer a priority").FillAsync(title);
        await Page.GetByLabel("Why").FillAsync(reason);
        if (missionTitle is not null)
        {
            await Page.GetByLabel("Mission it concerns").SelectOptionAsync(new SelectOptionValue { Label = missionTitle });
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
    }
}
