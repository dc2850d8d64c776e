using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The form to add or edit a governance body with its members, <c>/missions/{slug}/governance/bodies/new</c>.</summary>
public sealed class BodyFormPage(IPage page) : PageObject(page)
{
    public ILocator Kind => Page.GetByLabel("Kind of body", new() { Exact = true });

    public ILocator Name => Page.GetByLabel("Name", new() { Exact = true });

    public ILocator Mandate => Page.GetByLabel("Mandate", new() { Exact = true });

    public ILocator Cadence => Page.GetByLabel("Meets", new() { Exact = true });

    public ILocator ReportsTo => Page.GetByLabel("Reports to", new() { Exact = true });

    /// <summary>A member row's field, e.g. ("Name", 1) for the first member's name.</summary>
    public ILocator Member(string field, int number) => Page.GetByLabel($"{field} of member {number}", new() { Exact = true });

    public async Task SaveAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Add body|Save changes)$") }).ClickAsync();
    }
}
