using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Indicators;

public sealed class IndicatorPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Slug = "dk-net-ghg-emissions";
    private const string Name = "Net greenhouse-gas emissions incl. land use";

    [Fact]
    public async Task OpenIndicator_Anonymous_ShowsStatusAssessmentAndEveryObservation()
    {
        var observations = await Data.ObservationsAsync(Slug);

        var indicator = await new IndicatorPage(Page).GotoAsync(Slug, Name);

        await Expect(indicator.Status).ToHaveTextAsync("Moderate progress");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "How progress is assessed" })).ToBeVisibleAsync();
        await Expect(indicator.ObservationRows).ToHaveCountAsync(observations.Count);
        await Expect(indicator.ObservationRow("1990")).ToContainTextAsync("79.2");
        await Expect(indicator.RecordObservationLink).ToHaveCountAsync(0);
        await Expect(indicator.UploadLink).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RunAxe_IndicatorPage_NoSeriousOrCriticalViolations()
    {
        await new IndicatorPage(Page).GotoAsync(Slug, Name);
        await Screenshots.TakeAsync(Page, "indicator");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
