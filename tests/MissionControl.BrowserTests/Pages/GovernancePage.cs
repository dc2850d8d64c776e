using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A mission's governance, <c>/missions/{slug}/governance</c>: chain of command, bodies, stocktakes, scheduling.</summary>
public sealed class GovernancePage(IPage page) : PageObject(page)
{
    public const string Title = "Governance";

    public async Task<GovernancePage> GotoAsync(string missionSlug)
    {
        await Page.GotoAsync($"/missions/{missionSlug}/governance");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    /// <summary>The chain of command: the outermost list of bodies.</summary>
    public ILocator ChainOfCommand => Page.GetByTestId("chain-of-command");

    /// <summary>A body's section, found by its heading (the body's name followed by its kind).</summary>
    public ILocator Body(string name) => Page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex($"^{Regex.Escape(name)} ") });

    public ILocator UpcomingStocktakes => Page.Locator("#upcoming-stocktakes");

    public ILocator BodyThatMeets => Page.GetByLabel("Body that meets", new() { Exact = true });

    public ILocator Date => Page.GetByLabel("Date", new() { Exact = true });

    public ILocator ScheduleButton => Page.GetByRole(AriaRole.Button, new() { Name = "Schedule stocktake", Exact = true });

    /// <summary>Schedules a stocktake on <paramref name="date"/> and lands on it, its agenda generated.</summary>
    public async Task<StocktakePage> ScheduleAsync(DateOnly date)
    {
        await Date.FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await ScheduleButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/stocktakes/\d+\?saved=scheduled$"));
        var stocktake = new StocktakePage(Page);
        await Expect(stocktake.SuccessBanner).ToBeVisibleAsync();
        return stocktake;
    }

    public async Task<BodyFormPage> OpenAddBodyAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a governance body", Exact = true }).ClickAsync();
        var form = new BodyFormPage(Page);
        await Expect(form.Heading).ToHaveTextAsync("Add a governance body");
        return form;
    }
}
