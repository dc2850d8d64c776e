using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A stocktake, <c>/stocktakes/{id}</c>: generated agenda by section, decisions carried over and taken, minutes.</summary>
public sealed class StocktakePage(IPage page) : PageObject(page)
{
    /// <summary>The agenda section's list under a heading such as "Initiatives rated red or amber-red".</summary>
    public ILocator AgendaSection(string heading) =>
        Page.Locator("#agenda h3").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(heading)}") }).Locator("xpath=following-sibling::ul[1]");

    public ILocator CarriedOver => Page.Locator("table#carried-over");

    public ILocator Decisions => Page.Locator("table#own-decisions");

    /// <summary>The row of a decision in a table, found by its text.</summary>
    public static ILocator Row(ILocator table, string text) => table.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public ILocator DecisionText => Page.GetByLabel("Decision", new() { Exact = true });

    public ILocator Owner => Page.GetByLabel("Owner", new() { Exact = true });

    public ILocator Due => Page.GetByLabel("Due", new() { Exact = true });

    public ILocator Minutes => Page.GetByLabel("Minutes", new() { Exact = true });

    /// <summary>Records a decision and waits for the page to come back with it listed.</summary>
    public async Task RecordDecisionAsync(string text, string owner, DateOnly due)
    {
        await DecisionText.FillAsync(text);
        await Owner.FillAsync(owner);
        await Due.FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record decision", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"\?saved=decided#decisions$"));
        await Expect(SuccessBanner).ToBeVisibleAsync();
    }

    /// <summary>Presses "Done" on a decision's row and waits for the page to come back.</summary>
    public async Task MarkDoneAsync(ILocator row)
    {
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Done") }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"\?saved=closed#decisions$"));
    }
}
