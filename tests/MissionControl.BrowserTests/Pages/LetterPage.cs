using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>
/// A mission letter, <c>/letters/{id}</c>: its status and actions above, then the letter itself (sender, date,
/// addressee, subject as the h1, sections), which is all that prints.
/// </summary>
public sealed class LetterPage(IPage page) : PageObject(page)
{
    /// <summary>The status tag above the letter, e.g. "Issued".</summary>
    public ILocator Status => Page.Locator(".mc-letter-status [data-letter-status]");

    /// <summary>The letter as an article, named by its subject.</summary>
    public ILocator Letter => Page.GetByRole(AriaRole.Article);

    public ILocator Sender => Letter.Locator(".mc-letter__sender");

    public ILocator Addressee => Letter.Locator("address");

    public ILocator Goals => Letter.Locator(".mc-letter__goals").GetByRole(AriaRole.Listitem);

    /// <summary>The items of a list section of the letter, found by its heading, e.g. "Stakeholders to involve".</summary>
    public ILocator Section(string heading) => Letter.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })
        .Locator("xpath=following-sibling::*[1]");

    public ILocator Acknowledgement => Letter.Locator(".mc-letter__acknowledgement");

    public ILocator IssueButton => Page.GetByRole(AriaRole.Button, new() { Name = "Issue letter", Exact = true });

    public ILocator AcknowledgeButton => Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge letter", Exact = true });

    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true });

    public int Id => int.Parse(new Regex(@"/letters/(\d+)").Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public async Task IssueAsync()
    {
        await IssueButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/letters/\d+\?saved=issued$"));
        await Expect(SuccessBanner).ToBeVisibleAsync();
    }

    public async Task AcknowledgeAsync()
    {
        await AcknowledgeButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/letters/\d+\?saved=acknowledged$"));
        await Expect(SuccessBanner).ToBeVisibleAsync();
    }
}
