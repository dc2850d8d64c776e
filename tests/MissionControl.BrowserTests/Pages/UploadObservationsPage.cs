using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>CSV upload with a preview and per-row errors, <c>/indicators/{slug}/upload</c>.</summary>
public sealed class UploadObservationsPage(IPage page) : PageObject(page)
{
    public const string Title = "Upload observations";

    public async Task<UploadObservationsPage> GotoAsync(string indicatorSlug)
    {
        await Page.GotoAsync($"/indicators/{indicatorSlug}/upload");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    public ILocator FileInput => Page.GetByLabel("CSV file (up to 2 MB)", new() { Exact = true });

    public ILocator CheckButton => Page.GetByRole(AriaRole.Button, new() { Name = "Check the file", Exact = true });

    /// <summary>The preview of every row of the checked file.</summary>
    public ILocator PreviewTable => Page.GetByRole(AriaRole.Table, new() { Name = "Rows of the uploaded file", Exact = true });

    public ILocator PreviewRows => PreviewTable.Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>The preview row of the file's data row <paramref name="number"/> (counted from 1 after the header).</summary>
    public ILocator PreviewRow(int number) => PreviewRows.Nth(number - 1);

    /// <summary>"Save N observations": offered only when every row is valid.</summary>
    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Save \d+ observations?$") });

    /// <summary>Chooses an in-memory CSV file and asks for the check; waits for the preview.</summary>
    public async Task CheckAsync(string fileName, string csv)
    {
        await FileInput.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await CheckButton.ClickAsync();
        await Expect(PreviewTable).ToBeVisibleAsync();
    }

    /// <summary>Confirms a valid preview and lands on the indicator page with its success banner.</summary>
    public async Task<IndicatorPage> SaveAsync()
    {
        await SaveButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/indicators/[^/?]+\?saved=uploaded&count=\d+$"));
        var indicator = new IndicatorPage(Page);
        await Expect(indicator.SuccessBanner).ToBeVisibleAsync();
        return indicator;
    }
}
