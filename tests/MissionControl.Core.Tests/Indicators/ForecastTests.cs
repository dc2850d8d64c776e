using MissionControl.Core.Indicators;
using static MissionControl.Core.Tests.Indicators.TestData;

namespace MissionControl.Core.Tests.Indicators;

/// <summary>
/// Least-squares line through the baseline and later observations, worked by hand:
///   slope b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept a = ȳ − b·x̄, value(x) = a + b·x,
///   target reached where a + b·x = Y*, i.e. x = (Y* − a)/b.
/// </summary>
public class ForecastTests
{
    // The worked series: 2020 = 10 (baseline), 2021 = 12, 2022 = 15, 2023 = 17.
    // x̄ = 2021.5, ȳ = 54/4 = 13.5; x − x̄ = −1.5, −0.5, 0.5, 1.5; y − ȳ = −3.5, −1.5, 1.5, 3.5
    // Σ(x − x̄)(y − ȳ) = 5.25 + 0.75 + 0.75 + 5.25 = 12; Σ(x − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5
    // b = 12/5 = 2.4 a year; a = 13.5 − 2.4 × 2021.5 = 13.5 − 4851.6 = −4838.1
    private static readonly DataPoint[] Rising = [At("2021", 12), At("2022", 15), At("2023", 17)];

    [Fact]
    public void Project_RisingSeries_FitsLeastSquaresLine()
    {
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), null, Rising);

        Assert.NotNull(forecast);
        Assert.Equal(2.4, forecast.SlopePerYear, 6);
        Assert.Equal(-4838.1, forecast.Intercept, 6);
        Assert.Null(forecast.ValueAtTarget);
        Assert.Null(forecast.TargetReachedPeriod);
    }

    [Fact]
    public void ValueAt_DecimalYear_IsPointOnLine()
    {
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), null, Rising)!;

        // value(2021.5) = ȳ = 13.5; value(2025) = −4838.1 + 2.4 × 2025 = −4838.1 + 4860 = 21.9
        Assert.Equal(13.5, forecast.ValueAt(2021.5), 6);
        Assert.Equal(21.9, forecast.ValueAt(2025), 6);
    }

    [Fact]
    public void Project_RisingSeriesWithHigherTarget_ReachesTargetInFuture()
    {
        // Target 2030 = 30. Value at target: 13.5 + 2.4 × (2030 − 2021.5) = 13.5 + 20.4 = 33.9
        // Crossing: x = (30 + 4838.1)/2.4 = 4868.1/2.4 = 2028.375 → the year 2028.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), At("2030", 30), Rising)!;

        Assert.Equal(33.9, forecast.ValueAtTarget!.Value, 6);
        Assert.Equal(Period.Year(2028), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_FallingSeriesWithLowerTarget_ReachesTargetInFuture()
    {
        // 2020 = 100, 2021 = 96, 2022 = 93, 2023 = 89, target 2030 = 60, decrease wanted.
        // x̄ = 2021.5, ȳ = 378/4 = 94.5; y − ȳ = 5.5, 1.5, −1.5, −5.5
        // Σ(x − x̄)(y − ȳ) = −8.25 − 0.75 − 0.75 − 8.25 = −18; b = −18/5 = −3.6; a = 94.5 + 3.6 × 2021.5 = 7371.9
        // Value at 2030: 94.5 − 3.6 × 8.5 = 94.5 − 30.6 = 63.9
        // Crossing: x = 2021.5 + (94.5 − 60)/3.6 = 2021.5 + 9.583333 = 2031.083333 → 2031.
        var forecast = Forecast.Project(Direction.Decrease, At("2020", 100), At("2030", 60), [At("2021", 96), At("2022", 93), At("2023", 89)])!;

        Assert.Equal(-3.6, forecast.SlopePerYear, 6);
        Assert.Equal(7371.9, forecast.Intercept, 6);
        Assert.Equal(63.9, forecast.ValueAtTarget!.Value, 6);
        Assert.Equal(Period.Year(2031), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_TrendGoingWrongWay_NeverReachesTarget()
    {
        // Increase wanted, target 2030 = 120, but the series falls: b = −3.6 (as above).
        // The value at the target date is still reported: 94.5 − 3.6 × 8.5 = 63.9.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 100), At("2030", 120), [At("2021", 96), At("2022", 93), At("2023", 89)])!;

        Assert.Equal(63.9, forecast.ValueAtTarget!.Value, 6);
        Assert.Null(forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_FlatTrend_NeverReachesTarget()
    {
        // All 10: Σ(x − x̄)(y − ȳ) = 0, b = 0, a = 10; value at 2030 = 10.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), At("2030", 20), [At("2021", 10), At("2022", 10)])!;

        Assert.Equal(0, forecast.SlopePerYear, 10);
        Assert.Equal(10, forecast.ValueAtTarget!.Value, 6);
        Assert.Null(forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_CrossingAfterYear9999_NeverReachesTarget()
    {
        // b = (100.001 − 100)/1 = 0.001 a year; crossing 2020 + (200 − 100)/0.001 = 102020, beyond any period.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 100), At("2030", 200), [At("2021", 100.001)])!;

        Assert.Equal(0.001, forecast.SlopePerYear, 8);
        Assert.Null(forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_AlreadyAchieved_ReachedPeriodIsFirstPeriodMeetingTarget()
    {
        // 2020 = 10, 2021 = 16, 2022 = 14, 2023 = 17; target 2030 = 15. Latest 17 ≥ 15, so the answer is taken
        // from the data: the first period at or beyond 15 is 2021 (16), not 2023.
        // Line: ȳ = 57/4 = 14.25; y − ȳ = −4.25, 1.75, −0.25, 2.75
        // Σ = 6.375 − 0.875 − 0.125 + 4.125 = 9.5; b = 9.5/5 = 1.9; value at 2030 = 14.25 + 1.9 × 8.5 = 30.4
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), At("2030", 15), [At("2021", 16), At("2022", 14), At("2023", 17)])!;

        Assert.Equal(1.9, forecast.SlopePerYear, 6);
        Assert.Equal(30.4, forecast.ValueAtTarget!.Value, 6);
        Assert.Equal(Period.Year(2021), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_AlreadyAchievedFallingTarget_ReachedPeriodIsFirstPeriodMeetingTarget()
    {
        // Decrease wanted, target 2030 = 90: 2021 = 96, 2022 = 89 (≤ 90), 2023 = 88 (≤ 90) → 2022.
        var forecast = Forecast.Project(Direction.Decrease, At("2020", 100), At("2030", 90), [At("2021", 96), At("2022", 89), At("2023", 88)])!;

        Assert.Equal(Period.Year(2022), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_TrendPassedTargetButLatestHasNot_ReachedPeriodIsLatest()
    {
        // 2020 = 10, 2021 = 30, 2022 = 24; target 2030 = 25 not met by the latest 24.
        // x̄ = 2021, ȳ = 64/3 = 21.333333; Σ(x − x̄)(y − ȳ) = (−1)(−11.333333) + 0 + (1)(2.666667) = 14; Σ(x − x̄)² = 2
        // b = 7; crossing x = 2021 + (25 − 21.333333)/7 = 2021.523810, before the latest observation, so it is
        // placed at the latest period, 2022 (the data cannot have reached it earlier).
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), At("2030", 25), [At("2021", 30), At("2022", 24)])!;

        Assert.Equal(7, forecast.SlopePerYear, 6);
        Assert.Equal(Period.Year(2022), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_QuarterlySeries_ReachedPeriodIsQuarter()
    {
        // Points lie on value = 100 + 0.01 × days since 1 January 2024, i.e. 3.66 a year in 2024:
        // 2024-Q1 (2024.0) = 100; Q2 (2024 + 91/366) = 100.91; Q3 (2024 + 182/366) = 101.82; Q4 (2024 + 274/366) = 102.74.
        // So b = 0.01 × 366 = 3.66 and the line is 100 + 3.66 (x − 2024).
        // Crossing 110: x = 2024 + 10/3.66 = 2026.732240 → ⌊0.732240 × 365⌋ = day 267 of 2026 = 25 September → 2026-Q3.
        // Value at target 2027-Q4 (2027 + 273/365 = 2027.747945): 100 + 3.66 × 3.747945 = 113.717479.
        var forecast = Forecast.Project(
            Direction.Increase,
            At("2024-Q1", 100),
            At("2027-Q4", 110),
            [At("2024-Q2", 100.91), At("2024-Q3", 101.82), At("2024-Q4", 102.74)])!;

        Assert.Equal(3.66, forecast.SlopePerYear, 6);
        Assert.Equal(113.717479, forecast.ValueAtTarget!.Value, 5);
        Assert.Equal(Period.Quarter(2026, 3), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_ObservationsBeforeBaseline_AreLeftOutOfFit()
    {
        // 2015 = 100 precedes the 2020 baseline; the fit is the worked series: b = 2.4, a = −4838.1.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), null, [At("2015", 100), .. Rising])!;

        Assert.Equal(2.4, forecast.SlopePerYear, 6);
        Assert.Equal(-4838.1, forecast.Intercept, 6);
    }

    [Fact]
    public void Project_DeclaredBaselineAndObservationForSamePeriod_DeclaredBaselineWins()
    {
        // Observed 2020 = 50 is replaced by the declared 10; the fit is the worked series: b = 2.4.
        var forecast = Forecast.Project(Direction.Increase, At("2020", 10), null, [At("2020", 50), .. Rising])!;

        Assert.Equal(2.4, forecast.SlopePerYear, 6);
    }

    [Fact]
    public void Project_NoDeclaredBaseline_FitsAllObservations()
    {
        // Points 2021 = 12, 2022 = 15, 2023 = 17: x̄ = 2022, ȳ = 44/3 = 14.666667;
        // Σ(x − x̄)(y − ȳ) = (−1)(−2.666667) + 0 + (1)(2.333333) = 5; Σ(x − x̄)² = 2; b = 2.5
        var forecast = Forecast.Project(Direction.Increase, null, null, Rising)!;

        Assert.Equal(2.5, forecast.SlopePerYear, 6);
        Assert.Equal(14.666667, forecast.ValueAt(2022), 5);
    }

    [Fact]
    public void Project_OnlyTheBaseline_IsNull()
    {
        Assert.Null(Forecast.Project(Direction.Increase, At("2020", 10), At("2030", 20), []));
    }

    [Fact]
    public void Project_SingleObservation_IsNull()
    {
        Assert.Null(Forecast.Project(Direction.Increase, null, At("2030", 20), [At("2024", 10)]));
    }

    [Fact]
    public void Project_NoPoints_IsNull()
    {
        Assert.Null(Forecast.Project(Direction.Increase, null, null, []));
    }

    [Fact]
    public void Project_BaselineAndObservationsOnlyBeforeIt_IsNull()
    {
        Assert.Null(Forecast.Project(Direction.Increase, At("2020", 10), null, [At("2018", 8), At("2019", 9)]));
    }

    [Fact]
    public void Project_TwoPointsWithSameDecimalYear_IsNull()
    {
        // 2024 and 2024-Q1 are different periods with the same start, 2024.0: Σ(x − x̄)² = 0, no line.
        Assert.Null(Forecast.Project(Direction.Increase, At("2024", 10), null, [At("2024-Q1", 12)]));
    }

    [Fact]
    public void Project_DanishEmissions_ReachesSeventyPercentCutIn2035()
    {
        // Two points: 1990 = 79.2, 2023 = 38.8 Mt; target 2030 = 23.76 Mt, decrease wanted.
        // b = (38.8 − 79.2)/(2023 − 1990) = −40.4/33 = −1.224242 Mt a year
        // Value at 2030: 38.8 − 1.224242 × 7 = 38.8 − 8.569697 = 30.230303
        // Crossing: 2023 + (38.8 − 23.76)/1.224242 = 2023 + 15.04/1.224242 = 2023 + 12.285149 = 2035.285149 → 2035.
        var forecast = Forecast.Project(Direction.Decrease, At("1990", 79.2), At("2030", 23.76), [At("2023", 38.8)])!;

        Assert.Equal(-1.224242, forecast.SlopePerYear, 6);
        Assert.Equal(30.230303, forecast.ValueAtTarget!.Value, 5);
        Assert.Equal(Period.Year(2035), forecast.TargetReachedPeriod);
    }

    [Fact]
    public void Project_CanadaSuicideMortality342_FallsByPoint39AYear()
    {
        // 3-4-2.csv 2015–2019: 12.3, 11, 11.3, 10.3, 10.7. x̄ = 2017, ȳ = 55.6/5 = 11.12
        // y − ȳ = 1.18, −0.12, 0.18, −0.82, −0.42; x − x̄ = −2, −1, 0, 1, 2
        // Σ(x − x̄)(y − ȳ) = −2.36 + 0.12 + 0 − 0.82 − 0.84 = −3.9; Σ(x − x̄)² = 10; b = −0.39
        // a = 11.12 + 0.39 × 2017 = 11.12 + 786.63 = 797.75; value(2030) = 11.12 − 0.39 × 13 = 6.05
        var forecast = Forecast.Project(Direction.Decrease, At("2015", 12.3), null, ReadSdgCanadaSeries("3-4-2.csv"))!;

        Assert.Equal(-0.39, forecast.SlopePerYear, 6);
        Assert.Equal(797.75, forecast.Intercept, 5);
        Assert.Equal(6.05, forecast.ValueAt(2030), 5);
    }

    [Fact]
    public void Project_CanadaFineParticulateMatter1162WithIllustrativeTarget_NeverReachesIt()
    {
        // 11-6-2.csv since base year 2015: 2015 = 7.5, 2016 = 6.4, 2020 = 8.8 (2002–2014 left out).
        // x̄ = 6051/3 = 2017, ȳ = 22.7/3 = 7.566667; x − x̄ = −2, −1, 3; y − ȳ = −0.066667, −1.166667, 1.233333
        // Σ(x − x̄)(y − ȳ) = 0.133333 + 1.166667 + 3.7 = 5; Σ(x − x̄)² = 4 + 1 + 9 = 14; b = 5/14 = 0.357143
        // Illustrative target 2030 = 6.0 (decrease wanted): value at 2030 = 7.566667 + 0.357143 × 13 = 12.209524;
        // the trend rises, so the target is never reached.
        var forecast = Forecast.Project(Direction.Decrease, At("2015", 7.5), At("2030", 6.0), ReadSdgCanadaSeries("11-6-2.csv"))!;

        Assert.Equal(0.357143, forecast.SlopePerYear, 6);
        Assert.Equal(12.209524, forecast.ValueAtTarget!.Value, 5);
        Assert.Null(forecast.TargetReachedPeriod);
    }
}
