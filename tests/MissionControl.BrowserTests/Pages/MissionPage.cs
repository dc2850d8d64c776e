using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A mission, <c>/missions/{slug}</c>: owner, key figure with its chart and data table, supporting indicators.</summary>
public sealed class MissionPage(IPage page) : PageObject(page)
{
    public async Task<MissionPage> GotoAsync(string slug, string title)
    {
        await Page.GotoAsync($"/missions/{slug}");
        await Expect(Heading).ToHaveTextAsync(title);
        return this;
    }

    /// <summary>The section labelled by its "Key figure" heading.</summary>
    public ILocator KeyFigure => Page.GetByRole(AriaRole.Region, new() { Name = "Key figure", Exact = true });

    public ILocator KeyFigureStatus => KeyFigure.Locator("[data-status]").First;

    /// <summary>The disclosure that shows the chart's numbers as a table (a <c>summary</c> has no ARIA role to find it by).</summary>
    public ILocator DataTableToggle => KeyFigure.GetByText("Show the chart's data as a table", new() { Exact = true });

    /// <summary>The chart's data table, named by its caption "{indicator} ({unit})".</summary>
    public ILocator DataTable(string indicatorName) =>
        KeyFigure.GetByRole(AriaRole.Table, new() { Name = indicatorName, Exact = false });

    /// <summary>The value beside a label of the mission's summary list, e.g. "Political owner".</summary>
    public ILocator Detail(string label) =>
        Page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") })
            .Locator("xpath=following-sibling::dd[1]");

    public async Task<IndicatorPage> OpenKeyFigureAsync(string indicatorName)
    {
        await KeyFigure.GetByRole(AriaRole.Link, new() { Name = indicatorName, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/indicators/**");
        var indicator = new IndicatorPage(Page);
        await Expect(indicator.Heading).ToHaveTextAsync(indicatorName);
        return indicator;
    }
}
