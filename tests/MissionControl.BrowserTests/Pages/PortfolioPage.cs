using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A mission's portfolio, <c>/missions/{slug}/portfolio</c>: board by stage, overdue reviews, balance, gate decisions.</summary>
public sealed class PortfolioPage(IPage page) : PageObject(page)
{
    public const string Title = "Portfolio";

    public async Task<PortfolioPage> GotoAsync(string missionSlug)
    {
        await Page.GotoAsync($"/missions/{missionSlug}/portfolio");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    /// <summary>The board: a list of stage columns named "Initiatives by stage".</summary>
    public ILocator Board => Page.GetByRole(AriaRole.List, new() { Name = "Initiatives by stage", Exact = true });

    /// <summary>The column of a stage, e.g. "Pilot", found by its heading, which carries the count: "Pilot (1)".</summary>
    public ILocator Column(string stage) => Board.GetByRole(AriaRole.Listitem).Filter(new()
    {
        Has = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($@"^{Regex.Escape(stage)} \(\d+\)$") }),
    });

    /// <summary>The card of an initiative in a stage's column, found by the link that is its title.</summary>
    public ILocator Card(string stage, string initiativeTitle) => CardIn(Column(stage), initiativeTitle);

    /// <summary>The card of an initiative, in whichever column it is.</summary>
    public ILocator Card(string initiativeTitle) => CardIn(Board, initiativeTitle);

    /// <summary>The design system's warning "N reviews are overdue:", with a link to each initiative.</summary>
    public ILocator OverdueWarning => Page.GetByText(new Regex(@"\d+ reviews? (is|are) overdue:"));

    /// <summary>The sentence under the balance tables: "Rated red or amber-red: 25% of open initiatives, …".</summary>
    public ILocator RedAmberShare => Page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Rated red or amber-red:" });

    /// <summary>The entries of the gate decision timeline, newest first.</summary>
    public ILocator GateDecisions => Page.GetByRole(AriaRole.Heading, new() { Name = "Gate decisions", Exact = true })
        .Locator("xpath=following-sibling::ol[1]").GetByRole(AriaRole.Listitem);

    public async Task<InitiativePage> OpenInitiativeAsync(string initiativeTitle)
    {
        await Card(initiativeTitle).GetByRole(AriaRole.Link, new() { Name = initiativeTitle, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/initiatives/**");
        var initiative = new InitiativePage(Page);
        await Expect(initiative.Heading).ToHaveTextAsync(initiativeTitle);
        return initiative;
    }

    private ILocator CardIn(ILocator scope, string initiativeTitle) => scope.GetByRole(AriaRole.Article).Filter(new()
    {
        Has = Page.GetByRole(AriaRole.Link, new() { Name = initiativeTitle, Exact = true }),
    });
}
