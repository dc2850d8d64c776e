using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>An indicator, <c>/indicators/{slug}</c>: chart, assessment written out, every observation, provenance.</summary>
public sealed class IndicatorPage(IPage page) : PageObject(page)
{
    public async Task<IndicatorPage> GotoAsync(string slug, string name)
    {
        await Page.GotoAsync($"/indicators/{slug}");
        await Expect(Heading).ToHaveTextAsync(name);
        return this;
    }

    /// <summary>The status chip beside the latest value (the first on the page).</summary>
    public ILocator Status => Page.GetByRole(AriaRole.Main).Locator("[data-status]").First;

    public ILocator RecordObservationLink => Page.GetByRole(AriaRole.Link, new() { Name = "Record an observation", Exact = true });

    public ILocator UploadLink => Page.GetByRole(AriaRole.Link, new() { Name = "Upload a CSV", Exact = true });

    /// <summary>The table of every observation (its caption is "Every observation of {name}").</summary>
    public ILocator ObservationTable => Page.GetByRole(AriaRole.Table, new() { Name = "Every observation of", Exact = false });

    /// <summary>The body rows of the observation table, one per observation.</summary>
    public ILocator ObservationRows => ObservationTable.Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>The observation row of a period, e.g. "2023".</summary>
    public ILocator ObservationRow(string period) =>
        ObservationRows.Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = period, Exact = true }) });

    public async Task<RecordObservationPage> OpenRecordObservationAsync()
    {
        await RecordObservationLink.ClickAsync();
        await Page.WaitForURLAsync("**/observations/new");
        var form = new RecordObservationPage(Page);
        await Expect(form.Heading).ToHaveTextAsync(RecordObservationPage.Title);
        return form;
    }

    public async Task<UploadObservationsPage> OpenUploadAsync()
    {
        await UploadLink.ClickAsync();
        await Page.WaitForURLAsync("**/upload");
        var upload = new UploadObservationsPage(Page);
        await Expect(upload.Heading).ToHaveTextAsync(UploadObservationsPage.Title);
        return upload;
    }
}
