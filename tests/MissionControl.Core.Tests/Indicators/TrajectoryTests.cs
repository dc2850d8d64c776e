using MissionControl.Core.Indicators;
using static MissionControl.Core.Tests.Indicators.TestData;

namespace MissionControl.Core.Tests.Indicators;

/// <summary>
/// The planned trajectory: straight lines from the baseline through the milestones to the target.
/// Between points (x₁, y₁) and (x₂, y₂): planned(x) = y₁ + (x − x₁)/(x₂ − x₁) × (y₂ − y₁).
/// </summary>
public class TrajectoryTests
{
    // Falling plan: baseline 2020 = 100, milestone 2025 = 80, target 2030 = 50.
    private static Trajectory FallingPlan() => Trajectory.Plan(At("2020", 100), [At("2025", 80)], At("2030", 50))!;

    // Rising plan without milestones: baseline 2020 = 0, target 2030 = 100, i.e. 10 a year.
    private static Trajectory RisingPlan() => Trajectory.Plan(At("2020", 0), [], At("2030", 100))!;

    [Theory]
    [InlineData(2020.0, 100.0)] // the baseline itself
    [InlineData(2022.0, 92.0)] // 100 + (2/5)(80 − 100) = 100 − 8 = 92
    [InlineData(2025.0, 80.0)] // the milestone itself
    [InlineData(2027.5, 65.0)] // 80 + (2.5/5)(50 − 80) = 80 − 15 = 65
    [InlineData(2030.0, 50.0)] // the target itself
    public void PlannedValueAt_BetweenBaselineMilestoneAndTarget_IsInterpolated(double year, double expected)
    {
        Assert.Equal(expected, FallingPlan().PlannedValueAt(year)!.Value, 6);
    }

    [Fact]
    public void PlannedValueAt_QuarterStart_UsesItsDecimalYear()
    {
        // 2024-Q2 = 2024 + 91/366 = 2024.248634; planned = 0 + (4.248634/10) × 100 = 42.486339
        Assert.Equal(42.486339, RisingPlan().PlannedValueAt(Period.Parse("2024-Q2").DecimalYear)!.Value, 5);
    }

    [Theory]
    [InlineData(2019.0)]
    [InlineData(2019.999)]
    public void PlannedValueAt_BeforeBaseline_IsNull(double year)
    {
        Assert.Null(FallingPlan().PlannedValueAt(year));
    }

    [Theory]
    [InlineData(2030.5)]
    [InlineData(2045.0)]
    public void PlannedValueAt_AfterTargetDate_IsTargetValue(double year)
    {
        Assert.Equal(50.0, FallingPlan().PlannedValueAt(year)!.Value, 10);
    }

    [Fact]
    public void Plan_MilestonesInAnyOrder_AreSortedBetweenBaselineAndTarget()
    {
        // Milestones outside (2018, 2035) or on the baseline/target periods (2020, 2030) are dropped.
        var plan = Trajectory.Plan(
            At("2020", 100),
            [At("2027", 60), At("2035", 10), At("2023", 90), At("2018", 120), At("2020", 999), At("2030", 999)],
            At("2030", 50))!;

        Assert.Equal([At("2020", 100), At("2023", 90), At("2027", 60), At("2030", 50)], plan.Points);
    }

    [Fact]
    public void PlannedValueAt_TwoMilestones_InterpolatesEachSegment()
    {
        // 2020 = 100 → 2023 = 90 → 2027 = 60 → 2030 = 50
        // 2021.5: 100 + (1.5/3)(90 − 100) = 95; 2025: 90 + (2/4)(60 − 90) = 75; 2029: 60 + (2/3)(50 − 60) = 53.333333
        var plan = Trajectory.Plan(At("2020", 100), [At("2027", 60), At("2023", 90)], At("2030", 50))!;

        Assert.Equal(95, plan.PlannedValueAt(2021.5)!.Value, 6);
        Assert.Equal(75, plan.PlannedValueAt(2025)!.Value, 6);
        Assert.Equal(53.333333, plan.PlannedValueAt(2029)!.Value, 5);
    }

    [Fact]
    public void Plan_NoBaseline_IsNull()
    {
        Assert.Null(Trajectory.Plan(null, [], At("2030", 50)));
    }

    [Fact]
    public void Plan_NoTarget_IsNull()
    {
        Assert.Null(Trajectory.Plan(At("2020", 100), [At("2025", 80)], null));
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2019")]
    public void Plan_TargetNotAfterBaseline_IsNull(string targetPeriod)
    {
        Assert.Null(Trajectory.Plan(At("2020", 100), [], At(targetPeriod, 50)));
    }

    // ---- Variance from plan ---------------------------------------------------------------------

    [Fact]
    public void VarianceAt_RisingPlanActualAbovePlan_IsAhead()
    {
        // Planned 2024 = 0 + (4/10) × 100 = 40; variance = 45 − 40 = +5, the desired direction.
        var variance = RisingPlan().VarianceAt(Direction.Increase, At("2024", 45))!;

        Assert.Equal(40, variance.Planned, 6);
        Assert.Equal(5, variance.Variance, 6);
        Assert.True(variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_RisingPlanActualBelowPlan_IsBehind()
    {
        // variance = 35 − 40 = −5
        var variance = RisingPlan().VarianceAt(Direction.Increase, At("2024", 35))!;

        Assert.Equal(-5, variance.Variance, 6);
        Assert.False(variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_ActualExactlyOnPlan_IsAhead()
    {
        // variance = 40 − 40 = 0, counted as on or ahead of plan.
        var variance = RisingPlan().VarianceAt(Direction.Increase, At("2024", 40))!;

        Assert.Equal(0, variance.Variance, 6);
        Assert.True(variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_FallingPlanActualBelowPlan_IsAhead()
    {
        // Planned 2022 = 92 (see above); variance = 90 − 92 = −2, a decrease is wanted.
        var variance = FallingPlan().VarianceAt(Direction.Decrease, At("2022", 90))!;

        Assert.Equal(92, variance.Planned, 6);
        Assert.Equal(-2, variance.Variance, 6);
        Assert.True(variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_FallingPlanActualAbovePlan_IsBehind()
    {
        // variance = 95 − 92 = +3
        var variance = FallingPlan().VarianceAt(Direction.Decrease, At("2022", 95))!;

        Assert.Equal(3, variance.Variance, 6);
        Assert.False(variance.AheadOfPlan);
    }

    [Theory]
    // After the target date the plan stays at 50: 55 − 50 = +5 (behind), 45 − 50 = −5 (ahead).
    [InlineData(55.0, 5.0, false)]
    [InlineData(45.0, -5.0, true)]
    public void VarianceAt_AfterTargetDate_ComparesWithTargetValue(double actual, double expectedVariance, bool expectedAhead)
    {
        var variance = FallingPlan().VarianceAt(Direction.Decrease, At("2032", actual))!;

        Assert.Equal(50, variance.Planned, 6);
        Assert.Equal(expectedVariance, variance.Variance, 6);
        Assert.Equal(expectedAhead, variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_BeforeBaseline_IsNull()
    {
        Assert.Null(FallingPlan().VarianceAt(Direction.Decrease, At("2019", 105)));
    }

    [Fact]
    public void VarianceAt_QuarterlyActual_UsesPeriodStart()
    {
        // Planned at 2024-Q2 = 42.486339 (above); variance = 40 − 42.486339 = −2.486339 → behind a rising plan.
        var variance = RisingPlan().VarianceAt(Direction.Increase, At("2024-Q2", 40))!;

        Assert.Equal(42.486339, variance.Planned, 5);
        Assert.Equal(-2.486339, variance.Variance, 5);
        Assert.False(variance.AheadOfPlan);
    }

    [Fact]
    public void VarianceAt_DanishEmissions2023_IsAheadOfStraightLinePlan()
    {
        // Baseline 1990 = 79.2 Mt, an indicative 2025 milestone of 50% below 1990 = 39.6 Mt, target 2030 = 23.76 Mt.
        // Planned 2023 = 79.2 + (33/35)(39.6 − 79.2) = 79.2 − 37.337143 = 41.862857
        // variance = 38.8 − 41.862857 = −3.062857 → below plan, ahead for a decrease.
        var plan = Trajectory.Plan(At("1990", 79.2), [At("2025", 39.6)], At("2030", 23.76))!;

        var variance = plan.VarianceAt(Direction.Decrease, At("2023", 38.8))!;

        Assert.Equal(41.862857, variance.Planned, 5);
        Assert.Equal(-3.062857, variance.Variance, 5);
        Assert.True(variance.AheadOfPlan);
    }
}
