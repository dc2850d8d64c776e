using System.Text.RegularExpressions;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Indicators;

public sealed class RecordObservationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task RecordObservation_ValueBelowBaseline_DashboardShowsMovingAway()
    {
        // On track: 100 (2020) → 150 (2022) against 100 → 200 by 2030 (see TestData).
        var mission = await Data.CreateOnTrackMissionAsync("record");
        var dashboard = await new DashboardPage(Page).GotoAsync();
        await Expect(dashboard.StatusOf(mission.Title)).ToHaveTextAsync("On track");

        await new LoginPage(Page).SignInAsAdministratorAsync($"/indicators/{mission.IndicatorSlug}");
        var form = await new IndicatorPage(Page).OpenRecordObservationAsync();
        // 80 in 2023 is below the 2020 baseline of 100: observed growth (80/100)^(1/3) − 1 = −7.2% a year,
        // ratio < 0 against a rising target: moving away.
        var indicator = await form.RecordAsync("2023", "80", provisional: true);

        await Expect(indicator.SuccessBanner).ToContainTextAsync("The observation has been recorded. The status is now moving away.");
        await Expect(indicator.Status).ToHaveTextAsync("Moving away");
        await Expect(indicator.ObservationRow("2023")).ToContainTextAsync("80");
        await Expect(indicator.ObservationRow("2023")).ToContainTextAsync("provisional");

        await dashboard.GotoAsync();
        await Expect(dashboard.StatusOf(mission.Title)).ToHaveTextAsync("Moving away");
        await Expect(dashboard.Card(mission.Title)).ToContainTextAsync(new Regex(@"80 thousand homes\s*in 2023"));
    }

    [Fact]
    public async Task RecordObservation_BadPeriodAndValue_ShowsErrorSummaryAndFieldErrors()
    {
        var mission = await Data.CreateOnTrackMissionAsync("form-errors");
        await new LoginPage(Page).SignInAsAdministratorAsync($"/indicators/{mission.IndicatorSlug}/observations/new");
        var form = new RecordObservationPage(Page);

        await form.SubmitWithErrorsAsync("2024-13", "abc");

        await Expect(form.ErrorSummaryLinks).ToHaveTextAsync(
        [
            "'2024-13' is not a period. Use 2024, 2024-Q2, 2024-03 or 2024-03-15.",
            "Enter the value as a number.",
        ]);
        await Expect(form.ErrorOf(form.Period)).ToContainTextAsync("'2024-13' is not a period.");
        await Expect(form.ErrorOf(form.Value)).ToContainTextAsync("Enter the value as a number.");
        await Expect(form.Period).ToHaveValueAsync("2024-13");
        await Expect(form.Value).ToHaveValueAsync("abc");
        await Screenshots.TakeAsync(Page, "record-observation-errors");
        await AxeAssert.NoSeriousViolationsAsync(Page);

        Assert.Equal(["2020", "2022"], (await Data.ObservationsAsync(mission.IndicatorSlug)).Select(o => o.Period));
    }

    [Fact]
    public async Task OpenRecordObservation_Anonymous_RedirectsToSignIn()
    {
        await Page.GotoAsync("/indicators/dk-net-ghg-emissions/observations/new");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/account/login\?returnUrl=%2Findicators%2Fdk-net-ghg-emissions%2Fobservations%2Fnew$", RegexOptions.IgnoreCase));
        await Expect(new LoginPage(Page).Heading).ToHaveTextAsync(LoginPage.Title);
    }
}
