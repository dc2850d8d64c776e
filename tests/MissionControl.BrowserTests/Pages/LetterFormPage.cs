using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The centre's form for a mission letter, <c>/missions/{slug}/letters/new</c>: goals from the indicators, then the sections.</summary>
public sealed class LetterFormPage(IPage page) : PageObject(page)
{
    public const string Title = "Write a new letter";

    /// <summary>The goals the letter will carry, as generated from the mission's indicators.</summary>
    public ILocator Goals => Page.Locator("#goals").GetByRole(AriaRole.Listitem);

    public ILocator Scope => Page.GetByLabel("Scope", new() { Exact = true });

    public ILocator Stakeholders => Page.GetByLabel("Stakeholders to involve", new() { Exact = true });

    public ILocator Milestones => Page.GetByLabel("Milestones for follow-up", new() { Exact = true });

    public ILocator ReportingCadence => Page.GetByLabel("Reporting cadence", new() { Exact = true });

    public ILocator NoLongerPriorities => Page.GetByLabel("No longer a priority", new() { Exact = true });

    public ILocator SaveDraftButton => Page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true });

    /// <summary>Fills the sections (list sections one entry per line), saves, and lands on the draft letter.</summary>
    public async Task<LetterPage> SaveDraftAsync(string scope, IEnumerable<string> stakeholders, IEnumerable<string> milestones, string reportingCadence, IEnumerable<string> noLongerPriorities)
    {
        await Scope.FillAsync(scope);
        await Stakeholders.FillAsync(string.Join("\n", stakeholders));
        await Milestones.FillAsync(string.Join("\n", milestones));
        await ReportingCadence.FillAsync(reportingCadence);
        await NoLongerPriorities.FillAsync(string.Join("\n", noLongerPriorities));
        await SaveDraftButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/letters/\d+\?saved=drafted$"));
        var letter = new LetterPage(Page);
        await Expect(letter.SuccessBanner).ToBeVisibleAsync();
        return letter;
    }
}
