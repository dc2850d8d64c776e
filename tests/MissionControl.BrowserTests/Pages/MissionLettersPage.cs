using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A mission's letters, <c>/missions/{slug}/letters</c>: the versions with their status, and for the centre "Write a new letter".</summary>
public sealed class MissionLettersPage(IPage page) : PageObject(page)
{
    public const string Title = "Mission letters";

    public async Task<MissionLettersPage> GotoAsync(string missionSlug)
    {
        await Page.GotoAsync($"/missions/{missionSlug}/letters");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    public ILocator WriteNewLetterLink => Page.GetByRole(AriaRole.Link, new() { Name = "Write a new letter", Exact = true });

    /// <summary>The table row of one version.</summary>
    public ILocator Row(int version) => Page.Locator($"tr[data-version='{version}']");

    public async Task<LetterFormPage> OpenWriteNewLetterAsync()
    {
        await WriteNewLetterLink.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/letters/new$"));
        var form = new LetterFormPage(Page);
        await Expect(form.Heading).ToHaveTextAsync(LetterFormPage.Title);
        return form;
    }
}
