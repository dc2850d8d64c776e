using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>An initiative, <c>/initiatives/{slug}</c>: stage, rating, details, gate decisions, reviews, experiments.</summary>
public sealed class InitiativePage(IPage page) : PageObject(page)
{
    public async Task<InitiativePage> GotoAsync(string slug, string title)
    {
        await Page.GotoAsync($"/initiatives/{slug}");
        await Expect(Heading).ToHaveTextAsync(title);
        return this;
    }

    /// <summary>The stage tag beside the heading, e.g. "Stage: Pilot".</summary>
    public ILocator Stage => Page.GetByRole(AriaRole.Main).GetByText(new Regex("^Stage: "));

    public ILocator RecordGateDecisionLink => Page.GetByRole(AriaRole.Link, new() { Name = "Record a gate decision", Exact = true });

    /// <summary>The "Portfolio" link of the breadcrumbs, back to the mission's board.</summary>
    public ILocator PortfolioLink => Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb", Exact = true })
        .GetByRole(AriaRole.Link, new() { Name = "Portfolio", Exact = true });

    /// <summary>The entries of the initiative's gate decision timeline, newest first.</summary>
    public ILocator GateDecisions => Page.GetByRole(AriaRole.Heading, new() { Name = "Gate decisions", Exact = true })
        .Locator("xpath=following-sibling::ol[1]").GetByRole(AriaRole.Listitem);

    public async Task<GateDecisionPage> OpenRecordGateDecisionAsync()
    {
        await RecordGateDecisionLink.ClickAsync();
        await Page.WaitForURLAsync("**/gate-decisions/new");
        var form = new GateDecisionPage(Page);
        await Expect(form.Heading).ToHaveTextAsync(GateDecisionPage.Title);
        return form;
    }

    public async Task<PortfolioPage> OpenPortfolioAsync()
    {
        await PortfolioLink.ClickAsync();
        await Page.WaitForURLAsync("**/portfolio");
        var portfolio = new PortfolioPage(Page);
        await Expect(portfolio.Heading).ToHaveTextAsync(PortfolioPage.Title);
        return portfolio;
    }
}
