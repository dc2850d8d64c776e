using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Indicators;

public sealed class UploadObservationsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task UploadCsv_SomeBadRows_ShowsRowErrorsAndSavesNothing()
    {
        var mission = await Data.CreateOnTrackMissionAsync("upload-bad");
        await new LoginPage(Page).SignInAsAdministratorAsync($"/indicators/{mission.IndicatorSlug}");
        var upload = await new IndicatorPage(Page).OpenUploadAsync();

        await upload.CheckAsync("bad-rows.csv", """
            period,value,flags
            2021,120,
            2024-13,130,
            2023,abc,provisional
            2024,170,
            """);

        await Expect(upload.ErrorSummaryLinks).ToHaveTextAsync(
        [
            "Row 2: '2024-13' is not a period. Use 2024, 2024-Q2, 2024-03 or 2024-03-15.",
            "Row 3: enter the value as a number.",
        ]);
        await Expect(Page.GetByText("2 of 4 rows have errors.")).ToContainTextAsync("Nothing has been saved.");
        await Expect(upload.PreviewRows).ToHaveCountAsync(4);
        await Expect(upload.PreviewRow(1)).ToContainTextAsync("New");
        await Expect(upload.PreviewRow(2)).ToContainTextAsync("'2024-13' is not a period.");
        await Expect(upload.PreviewRow(3)).ToContainTextAsync("enter the value as a number.");
        await Expect(upload.PreviewRow(4)).ToContainTextAsync("New");
        await Expect(upload.SaveButton).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(Page, "upload-preview-errors");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        var indicator = await new IndicatorPage(Page).GotoAsync(mission.IndicatorSlug, mission.IndicatorName);
        await Expect(indicator.ObservationRows).ToHaveCountAsync(2);
        await Expect(indicator.ObservationRow("2021")).ToHaveCountAsync(0);
        Assert.Equal(["2020", "2022"], (await Data.ObservationsAsync(mission.IndicatorSlug)).Select(o => o.Period));
    }

    [Fact]
    public async Task UploadCsv_AllRowsValid_SavesAfterConfirmation()
    {
        var mission = await Data.CreateOnTrackMissionAsync("upload-good");
        await new LoginPage(Page).SignInAsAdministratorAsync($"/indicators/{mission.IndicatorSlug}/upload");
        var upload = new UploadObservationsPage(Page);

        await upload.CheckAsync("good-rows.csv", """
            period,value,flags,sourceNote
            2022,155,,Revised
            2023,160,provisional,Browser test upload
            2024,170,,
            """);

        await Expect(Page.GetByText("All 3 rows are valid: 2 new, 1 replacing an earlier value.")).ToBeVisibleAsync();
        await Expect(upload.PreviewRow(1)).ToContainTextAsync("Replaces 150");
        await Expect(upload.ErrorSummary).ToHaveCountAsync(0);
        await Expect(upload.SaveButton).ToHaveTextAsync("Save 3 observations");
        await Screenshots.TakeAsync(Page, "upload-preview-valid");

        var indicator = await upload.SaveAsync();

        await Expect(indicator.SuccessBanner).ToContainTextAsync("3 observations have been saved. The status is now on track.");
        await Expect(indicator.ObservationRows).ToHaveCountAsync(4);
        await Expect(indicator.ObservationRow("2022")).ToContainTextAsync("155");
        await Expect(indicator.ObservationRow("2023")).ToContainTextAsync("Browser test upload");
        var saved = await Data.ObservationsAsync(mission.IndicatorSlug);
        Assert.Equal(["2020", "2022", "2023", "2024"], saved.Select(o => o.Period));
        Assert.Equal([100, 155, 160, 170], saved.Select(o => o.Value));
        Assert.Equal(["provisional"], saved.Single(o => o.Period == "2023").Flags);
    }
}
