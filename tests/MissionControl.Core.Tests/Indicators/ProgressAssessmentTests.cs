using MissionControl.Core.Indicators;
using static MissionControl.Core.Tests.Indicators.TestData;

namespace MissionControl.Core.Tests.Indicators;

/// <summary>
/// The Eurostat SDG / Open SDG progress assessment (PRODUCT.md, "Progress assessment"), with every expected
/// number worked by hand:
///   CAGRobs = (y / y0)^(1/(t − t0)) − 1,  CAGRreq = (Y* / y0)^(1/(T − t0)) − 1,
///   R = s · d · CAGRobs / |CAGRreq| where d = +1 (increase) or −1 (decrease) and s is the sign of y0, so that
///   movement in the desired direction is positive.
/// With a target: achieved if the latest value meets it; on-track R ≥ 0.95; moderate 0.60 ≤ R &lt; 0.95;
/// insufficient 0 ≤ R &lt; 0.60; moving-away R &lt; 0. Without a target: s · d · CAGRobs against 1.5% / 0.5% / 0.
/// </summary>
public class ProgressAssessmentTests
{
    private static Assessment Assess(Direction direction, DataPoint? baseline, DataPoint? target, params DataPoint[] observations) =>
        ProgressAssessment.Assess(new AssessmentInput(direction, baseline, target, observations));

    // ---- Achieved --------------------------------------------------------------------------------

    [Fact]
    public void Assess_RisingTargetMet_IsAchieved()
    {
        // Latest 61 ≥ target 60.
        var result = Assess(Direction.Increase, At("2015", 40), At("2030", 60), At("2020", 50), At("2023", 61));

        Assert.Equal(AssessmentStatus.Achieved, result.Status);
        Assert.Equal(AssessmentMethod.TargetRatio, result.Method);
        Assert.Equal(At("2023", 61), result.Latest);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void Assess_FallingTargetMet_IsAchieved()
    {
        // Latest 48 ≤ target 50.
        var result = Assess(Direction.Decrease, At("2015", 100), At("2030", 50), At("2024", 48));

        Assert.Equal(AssessmentStatus.Achieved, result.Status);
    }

    [Theory]
    [InlineData(Direction.Increase, 40, 60)]
    [InlineData(Direction.Decrease, 100, 50)]
    public void Assess_LatestExactlyAtTarget_IsAchieved(Direction direction, double baseline, double target)
    {
        // "Meets the target" includes equality: y = Y*.
        var result = Assess(direction, At("2015", baseline), At("2030", target), At("2024", target));

        Assert.Equal(AssessmentStatus.Achieved, result.Status);
    }

    [Fact]
    public void Assess_TargetMetEarlierButLatestMissesIt_IsJudgedOnLatest()
    {
        // 2020 = 62 met the target 60 but the latest, 2023 = 58, does not, so the ratio decides:
        // CAGRobs = (58/40)^(1/8) − 1 = 1.45^0.125 − 1 = 0.047541
        // CAGRreq = (60/40)^(1/15) − 1 = 1.5^0.066667 − 1 = 0.027400
        // R = 0.047541 / 0.027400 = 1.73509 ≥ 0.95 → on-track
        var result = Assess(Direction.Increase, At("2015", 40), At("2030", 60), At("2020", 62), At("2023", 58));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(0.047541, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.027400, result.RequiredGrowth!.Value, 5);
        Assert.Equal(1.73509, result.Ratio!.Value, 4);
    }

    // ---- Rising target: baseline 2020 = 100, target 2030 = 200 ------------------------------------
    // CAGRreq = (200/100)^(1/10) − 1 = 2^0.1 − 1 = 0.071773

    [Fact]
    public void Assess_RisingTargetWithFastGrowth_IsOnTrack()
    {
        // CAGRobs = (145/100)^(1/5) − 1 = 1.45^0.2 − 1 = 0.077144
        // R = 0.077144 / 0.071773 = 1.07482 ≥ 0.95 → on-track
        var result = Assess(Direction.Increase, At("2020", 100), At("2030", 200), At("2025", 145));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(AssessmentMethod.TargetRatio, result.Method);
        Assert.Equal(0.077144, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.071773, result.RequiredGrowth!.Value, 5);
        Assert.Equal(1.07482, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_RisingTargetWithSomeGrowth_IsModerate()
    {
        // CAGRobs = 1.25^0.2 − 1 = 0.045640; R = 0.045640 / 0.071773 = 0.63588 → 0.60 ≤ R < 0.95
        var result = Assess(Direction.Increase, At("2020", 100), At("2030", 200), At("2025", 125));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.045640, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.63588, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_RisingTargetWithSlowGrowth_IsInsufficient()
    {
        // CAGRobs = 1.1^0.2 − 1 = 0.0192449; R = 0.0192449 / 0.071773 = 0.26813 → 0 ≤ R < 0.60
        var result = Assess(Direction.Increase, At("2020", 100), At("2030", 200), At("2025", 110));

        Assert.Equal(AssessmentStatus.Insufficient, result.Status);
        Assert.Equal(0.0192449, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.26813, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_RisingTargetWithDecline_IsMovingAway()
    {
        // CAGRobs = 0.9^0.2 − 1 = −0.020852; R = −0.020852 / 0.071773 = −0.29052 < 0
        var result = Assess(Direction.Increase, At("2020", 100), At("2030", 200), At("2025", 90));

        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(-0.020852, result.ObservedGrowth!.Value, 5);
        Assert.Equal(-0.29052, result.Ratio!.Value, 4);
    }

    // ---- Falling target: baseline 2020 = 200, target 2030 = 100 -----------------------------------
    // CAGRreq = (100/200)^(1/10) − 1 = 0.5^0.1 − 1 = −0.066967, |CAGRreq| = 0.066967, d = −1

    [Fact]
    public void Assess_FallingTargetWithFastDecline_IsOnTrack()
    {
        // CAGRobs = (140/200)^(1/5) − 1 = 0.7^0.2 − 1 = −0.068850
        // R = −1 × −0.068850 / 0.066967 = 1.02812 ≥ 0.95
        var result = Assess(Direction.Decrease, At("2020", 200), At("2030", 100), At("2025", 140));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(-0.068850, result.ObservedGrowth!.Value, 5);
        Assert.Equal(-0.066967, result.RequiredGrowth!.Value, 5);
        Assert.Equal(1.02812, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_FallingTargetWithSomeDecline_IsModerate()
    {
        // CAGRobs = 0.8^0.2 − 1 = −0.043648; R = 0.043648 / 0.066967 = 0.65178
        var result = Assess(Direction.Decrease, At("2020", 200), At("2030", 100), At("2025", 160));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.65178, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_FallingTargetWithSlowDecline_IsInsufficient()
    {
        // CAGRobs = 0.95^0.2 − 1 = −0.010206; R = 0.010206 / 0.066967 = 0.15241
        var result = Assess(Direction.Decrease, At("2020", 200), At("2030", 100), At("2025", 190));

        Assert.Equal(AssessmentStatus.Insufficient, result.Status);
        Assert.Equal(-0.010206, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.15241, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_FallingTargetWithRise_IsMovingAway()
    {
        // CAGRobs = 1.05^0.2 − 1 = 0.009806; R = −1 × 0.009806 / 0.066967 = −0.14643
        var result = Assess(Direction.Decrease, At("2020", 200), At("2030", 100), At("2025", 210));

        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(-0.14643, result.Ratio!.Value, 4);
    }

    // ---- Ratio boundaries 0.95 / 0.60 / 0 ---------------------------------------------------------
    // Baseline 2020 = 100, target 2022 = 144 (rising): CAGRreq = (144/100)^(1/2) − 1 = 1.2 − 1 = 0.2;
    // latest in 2021, one year on, so CAGRobs = y/100 − 1.

    [Theory]
    [InlineData(119.0, 0.95, AssessmentStatus.OnTrack)] // (119/100 − 1)/0.2 = 0.19/0.2 = 0.95
    [InlineData(118.9, 0.945, AssessmentStatus.Moderate)] // 0.189/0.2 = 0.945
    [InlineData(112.0, 0.60, AssessmentStatus.Moderate)] // 0.12/0.2 = 0.60
    [InlineData(111.9, 0.595, AssessmentStatus.Insufficient)] // 0.119/0.2 = 0.595
    [InlineData(100.0, 0.0, AssessmentStatus.Insufficient)] // 0/0.2 = 0
    [InlineData(99.9, -0.005, AssessmentStatus.MovingAway)] // −0.001/0.2 = −0.005
    public void Assess_RisingTargetAtRatioBoundary_ClassifiesInclusively(double latest, double expectedRatio, AssessmentStatus expected)
    {
        var result = Assess(Direction.Increase, At("2020", 100), At("2022", 144), At("2021", latest));

        Assert.Equal(0.2, result.RequiredGrowth!.Value, 10);
        Assert.Equal(expectedRatio, result.Ratio!.Value, 10);
        Assert.Equal(expected, result.Status);
    }

    [Theory]
    // Baseline 2020 = 100, target 2022 = 64 (falling): CAGRreq = (64/100)^(1/2) − 1 = 0.8 − 1 = −0.2;
    // R = −1 × (y/100 − 1) / 0.2.
    [InlineData(81.0, 0.95, AssessmentStatus.OnTrack)] // −(−0.19)/0.2 = 0.95
    [InlineData(81.1, 0.945, AssessmentStatus.Moderate)] // 0.189/0.2
    [InlineData(88.0, 0.60, AssessmentStatus.Moderate)] // 0.12/0.2
    [InlineData(88.1, 0.595, AssessmentStatus.Insufficient)] // 0.119/0.2
    public void Assess_FallingTargetAtRatioBoundary_ClassifiesInclusively(double latest, double expectedRatio, AssessmentStatus expected)
    {
        var result = Assess(Direction.Decrease, At("2020", 100), At("2022", 64), At("2021", latest));

        Assert.Equal(-0.2, result.RequiredGrowth!.Value, 10);
        Assert.Equal(expectedRatio, result.Ratio!.Value, 10);
        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [InlineData(1.2, AssessmentStatus.OnTrack)]
    [InlineData(0.95, AssessmentStatus.OnTrack)]
    [InlineData(0.9499, AssessmentStatus.Moderate)]
    [InlineData(0.60, AssessmentStatus.Moderate)]
    [InlineData(0.5999, AssessmentStatus.Insufficient)]
    [InlineData(0.0, AssessmentStatus.Insufficient)]
    [InlineData(-0.0001, AssessmentStatus.MovingAway)]
    public void ClassifyRatio_Thresholds_AreLowerBoundsInclusive(double ratio, AssessmentStatus expected)
    {
        Assert.Equal(expected, ProgressAssessment.ClassifyRatio(ratio));
    }

    // ---- Direction only (no target) --------------------------------------------------------------
    // Baseline 2015 = 100, latest 2020: CAGRobs = (y/100)^(1/5) − 1, corrected by d.

    [Fact]
    public void Assess_NoTargetRisingFast_IsOnTrack()
    {
        // CAGRobs = 1.1^0.2 − 1 = 0.0192449 ≥ 0.015
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2020", 110));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(AssessmentMethod.DirectionOnly, result.Method);
        Assert.Equal(0.0192449, result.ObservedGrowth!.Value, 5);
        Assert.Null(result.RequiredGrowth);
        Assert.Null(result.Ratio);
        Assert.Null(result.Target);
    }

    [Fact]
    public void Assess_NoTargetRisingModerately_IsModerate()
    {
        // CAGRobs = 1.05^0.2 − 1 = 0.009806; 0.005 ≤ 0.009806 < 0.015
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2020", 105));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.009806, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_NoTargetRisingSlowly_IsInsufficient()
    {
        // CAGRobs = 1.01^0.2 − 1 = 0.001992; 0 ≤ 0.001992 < 0.005
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2020", 101));

        Assert.Equal(AssessmentStatus.Insufficient, result.Status);
        Assert.Equal(0.001992, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_NoTargetFallingWhenIncreaseWanted_IsMovingAway()
    {
        // CAGRobs = 0.95^0.2 − 1 = −0.010206 < 0
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2020", 95));

        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(-0.010206, result.ObservedGrowth!.Value, 5);
    }

    [Theory]
    // Decrease wanted: corrected growth = −1 × CAGRobs.
    [InlineData(90.0, -0.020852, AssessmentStatus.OnTrack)] // 0.9^0.2 − 1 = −0.020852 → +0.020852 ≥ 0.015
    [InlineData(96.0, -0.008131, AssessmentStatus.Moderate)] // 0.96^0.2 − 1 = −0.008131 → +0.008131
    [InlineData(98.0, -0.004032, AssessmentStatus.Insufficient)] // 0.98^0.2 − 1 = −0.004032 → +0.004032
    [InlineData(102.0, 0.003968, AssessmentStatus.MovingAway)] // 1.02^0.2 − 1 = 0.003968 → −0.003968
    public void Assess_NoTargetDecreaseWanted_ClassifiesSignCorrectedGrowth(double latest, double expectedGrowth, AssessmentStatus expected)
    {
        var result = Assess(Direction.Decrease, At("2015", 100), null, At("2020", latest));

        Assert.Equal(expected, result.Status);
        Assert.Equal(AssessmentMethod.DirectionOnly, result.Method);
        Assert.Equal(expectedGrowth, result.ObservedGrowth!.Value, 5);
    }

    [Theory]
    // One year from 2019 = 100 to 2020, so CAGRobs = y/100 − 1 exactly; thresholds are lower-bound inclusive
    // (Open SDG: CAGR ≥ 1.5% on track, 0.5% ≤ CAGR < 1.5% moderate, 0 ≤ CAGR < 0.5% limited, CAGR < 0 deterioration).
    [InlineData(101.5, AssessmentStatus.OnTrack)] // 1.5% exactly
    [InlineData(101.4, AssessmentStatus.Moderate)] // 1.4%
    [InlineData(100.5, AssessmentStatus.Moderate)] // 0.5% exactly
    [InlineData(100.4, AssessmentStatus.Insufficient)] // 0.4%
    [InlineData(100.0, AssessmentStatus.Insufficient)] // 0 exactly: no change is not moving away
    [InlineData(99.9, AssessmentStatus.MovingAway)] // −0.1%
    public void Assess_NoTargetAtGrowthBoundary_ClassifiesInclusively(double latest, AssessmentStatus expected)
    {
        var result = Assess(Direction.Increase, At("2019", 100), null, At("2020", latest));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void Assess_NoTargetFallingExactlyOnePointFivePercentWhenDecreaseWanted_IsOnTrack()
    {
        // CAGRobs = 98.5/100 − 1 = −0.015; corrected = +0.015 ≥ 0.015
        var result = Assess(Direction.Decrease, At("2019", 100), null, At("2020", 98.5));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(-0.015, result.ObservedGrowth!.Value, 10);
    }

    [Fact]
    public void Assess_NoTargetExactlyOnePointFivePercentOverTwoYears_IsOnTrack()
    {
        // 100 × 1.015² = 103.0225; CAGRobs = 1.030225^(1/2) − 1 = 1.015 − 1 = 0.015
        var result = Assess(Direction.Increase, At("2018", 100), null, At("2020", 103.0225));

        Assert.Equal(0.015, result.ObservedGrowth!.Value, 10);
        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
    }

    [Theory]
    [InlineData(0.02, AssessmentStatus.OnTrack)]
    [InlineData(0.015, AssessmentStatus.OnTrack)]
    [InlineData(0.0149, AssessmentStatus.Moderate)]
    [InlineData(0.005, AssessmentStatus.Moderate)]
    [InlineData(0.0049, AssessmentStatus.Insufficient)]
    [InlineData(0.0, AssessmentStatus.Insufficient)]
    [InlineData(-0.0001, AssessmentStatus.MovingAway)]
    [InlineData(-1e-9, AssessmentStatus.MovingAway)] // the rounding slack (1e-12) is far smaller
    public void ClassifyGrowth_Thresholds_AreLowerBoundsInclusive(double correctedGrowth, AssessmentStatus expected)
    {
        Assert.Equal(expected, ProgressAssessment.ClassifyGrowth(correctedGrowth));
    }

    // ---- Negative values: the sign of y0 is part of the correction ---------------------------------

    [Fact]
    public void Assess_NegativeSeriesRisingTowardsZeroWhenIncreaseWanted_IsOnTrack()
    {
        // −10 → −5 is a rise. CAGRobs = (−5/−10)^(1/5) − 1 = 0.5^0.2 − 1 = −0.129449;
        // corrected = s · d · CAGRobs = (−1)(+1)(−0.129449) = +0.129449 ≥ 0.015
        var result = Assess(Direction.Increase, At("2020", -10), null, At("2025", -5));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(-0.129449, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_NegativeSeriesFallingWhenIncreaseWanted_IsMovingAway()
    {
        // −10 → −12 is a fall. CAGRobs = 1.2^0.2 − 1 = 0.037137; corrected = (−1)(+1)(0.037137) = −0.037137 < 0
        var result = Assess(Direction.Increase, At("2020", -10), null, At("2025", -12));

        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(0.037137, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_NegativeSeriesFallingWhenDecreaseWanted_IsOnTrack()
    {
        // CAGRobs = 1.2^0.2 − 1 = 0.037137; corrected = (−1)(−1)(0.037137) = +0.037137 ≥ 0.015
        var result = Assess(Direction.Decrease, At("2020", -10), null, At("2025", -12));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
    }

    [Fact]
    public void Assess_NegativeSeriesWithRisingTarget_RatioIsSignCorrected()
    {
        // Baseline 2020 = −10, target 2030 = −2, latest 2025 = −5, increase wanted.
        // CAGRobs = 0.5^0.2 − 1 = −0.129449; CAGRreq = (−2/−10)^(1/10) − 1 = 0.2^0.1 − 1 = −0.148660
        // R = (−1)(+1)(−0.129449) / 0.148660 = 0.87077 → moderate
        var result = Assess(Direction.Increase, At("2020", -10), At("2030", -2), At("2025", -5));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(-0.148660, result.RequiredGrowth!.Value, 5);
        Assert.Equal(0.87077, result.Ratio!.Value, 4);
    }

    // ---- Zero base and zero target -----------------------------------------------------------------

    [Fact]
    public void Assess_ZeroBaseWithoutTarget_UsesOneThousandthAsBase()
    {
        // y0 = 0 → 0.001. CAGRobs = (5/0.001)^(1/5) − 1 = 5000^0.2 − 1 = 5.492803 − 1 = 4.492803 ≥ 0.015
        var result = Assess(Direction.Increase, At("2020", 0), null, At("2025", 5));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(4.492803, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0, result.Baseline!.Value.Value); // the stated input is kept as declared
    }

    [Fact]
    public void Assess_ZeroBaseWithTarget_UsesOneThousandthForBothGrowthRates()
    {
        // y0 = 0 → 0.001.
        // CAGRobs = (0.05/0.001)^(1/5) − 1 = 50^0.2 − 1 = 1.186724
        // CAGRreq = (10/0.001)^(1/10) − 1 = 10000^0.1 − 1 = 1.511886
        // R = 1.186724 / 1.511886 = 0.78493 → moderate
        var result = Assess(Direction.Increase, At("2020", 0), At("2030", 10), At("2025", 0.05));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(1.186724, result.ObservedGrowth!.Value, 5);
        Assert.Equal(1.511886, result.RequiredGrowth!.Value, 5);
        Assert.Equal(0.78493, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_ZeroTarget_UsesOneThousandthAsTarget()
    {
        // "Zero" target (e.g. no road deaths) 2030, baseline 2020 = 8, latest 2025 = 4, decrease wanted.
        // CAGRobs = (4/8)^(1/5) − 1 = 0.5^0.2 − 1 = −0.129449
        // CAGRreq = (0.001/8)^(1/10) − 1 = 0.000125^0.1 − 1 = 0.407091 − 1 = −0.592909
        // R = −1 × −0.129449 / 0.592909 = 0.21833 → insufficient
        var result = Assess(Direction.Decrease, At("2020", 8), At("2030", 0), At("2025", 4));

        Assert.Equal(AssessmentStatus.Insufficient, result.Status);
        Assert.Equal(-0.592909, result.RequiredGrowth!.Value, 5);
        Assert.Equal(0.21833, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_ZeroTargetReached_IsAchieved()
    {
        // Latest 0 ≤ target 0.
        var result = Assess(Direction.Decrease, At("2020", 8), At("2030", 0), At("2025", 0));

        Assert.Equal(AssessmentStatus.Achieved, result.Status);
    }

    [Fact]
    public void Assess_LatestZeroWithoutTarget_IsNotReplaced()
    {
        // Only the base and the target are replaced. CAGRobs = (0/10)^(1/5) − 1 = −1; corrected +1 ≥ 0.015
        var result = Assess(Direction.Decrease, At("2020", 10), null, At("2025", 0));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(-1.0, result.ObservedGrowth!.Value, 10);
    }

    // ---- Not assessable --------------------------------------------------------------------------

    [Theory]
    [InlineData(5.0, -3.0)]
    [InlineData(-5.0, 3.0)]
    [InlineData(0.0, -3.0)] // the zero base becomes +0.001, still opposite to −3
    public void Assess_SignChangeBetweenBaselineAndLatest_IsNotAssessable(double baseline, double latest)
    {
        var result = Assess(Direction.Increase, At("2020", baseline), null, At("2025", latest));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Equal(AssessmentMethod.None, result.Method);
        Assert.Contains("opposite signs", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.ObservedGrowth);
    }

    [Fact]
    public void Assess_SignChangeWithTargetNotMet_IsNotAssessable()
    {
        // 5 → −3 while a rise to 10 is wanted: not met, and (−3/5)^(1/5) has no real growth rate.
        var result = Assess(Direction.Increase, At("2020", 5), At("2030", 10), At("2025", -3));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
    }

    [Fact]
    public void Assess_SignChangeThatMeetsTarget_IsAchieved()
    {
        // Achievement is judged on the latest value first (as Open SDG does): −3 ≤ target 1, so achieved
        // although no growth rate exists between 5 and −3.
        var result = Assess(Direction.Decrease, At("2020", 5), At("2030", 1), At("2025", -3));

        Assert.Equal(AssessmentStatus.Achieved, result.Status);
    }

    [Fact]
    public void Assess_TargetOppositeSignToBaseline_IsNotAssessable()
    {
        var result = Assess(Direction.Decrease, At("2020", 10), At("2030", -5), At("2025", 8));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Contains("Baseline and target", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_OnlyTheBaseline_IsNotAssessable()
    {
        var result = Assess(Direction.Increase, At("2020", 10), At("2030", 20));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Equal(At("2020", 10), result.Baseline);
        Assert.Equal(At("2020", 10), result.Latest);
        Assert.Contains("two observations", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SingleObservationWithoutBaseline_IsNotAssessable()
    {
        var result = Assess(Direction.Increase, null, null, At("2024", 10));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
    }

    [Fact]
    public void Assess_NoDataAtAll_IsNotAssessable()
    {
        var result = Assess(Direction.Increase, null, At("2030", 20));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Null(result.Baseline);
        Assert.Null(result.Latest);
        Assert.Equal(At("2030", 20), result.Target);
    }

    [Fact]
    public void Assess_OnlyObservationsBeforeBaseline_IsNotAssessable()
    {
        // 2010 and 2012 are history before the 2015 baseline, so only the baseline is left.
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2010", 50), At("2012", 80));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
    }

    [Fact]
    public void Assess_LatestInBaselinePeriod_IsNotAssessable()
    {
        // Baseline 2024 (a year) and an observation for 2024-01 (a month) both start on 1 January 2024:
        // t − t0 = 2024.0 − 2024.0 = 0, so no growth rate exists.
        var result = Assess(Direction.Increase, At("2024", 100), null, At("2024-01", 105));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Contains("baseline period", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LatestInBaselinePeriodWithoutDeclaredBaseline_IsNotAssessable()
    {
        // 2024 and 2024-Q1 both have decimal year 2024.0: t = t0.
        var result = Assess(Direction.Increase, null, At("2030", 200), At("2024", 100), At("2024-Q1", 105));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
    }

    [Fact]
    public void Assess_TargetNotAfterBaseline_IsNotAssessable()
    {
        var result = Assess(Direction.Increase, At("2020", 100), At("2019", 120), At("2025", 110));

        Assert.Equal(AssessmentStatus.NotAssessable, result.Status);
        Assert.Contains("target period", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TargetEqualsBaselineAndIsMissed_IsMovingAway()
    {
        // Target 50 = baseline 50, so CAGRreq = (50/50)^(1/10) − 1 = 0 and R is undefined; latest 45 < 50 went the
        // wrong way: CAGRobs = 0.9^0.2 − 1 = −0.020852 < 0.
        var result = Assess(Direction.Increase, At("2020", 50), At("2030", 50), At("2025", 45));

        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(0, result.RequiredGrowth!.Value, 10);
        Assert.Null(result.Ratio);
    }

    // ---- Which points are used ---------------------------------------------------------------------

    [Fact]
    public void Assess_DeclaredBaselineAndObservationForSamePeriod_DeclaredBaselineWins()
    {
        // Declared 2015 = 100 beats observed 2015 = 120: CAGRobs = (110/100)^(1/5) − 1 = 0.0192449 → on-track.
        // (Using 120 would give (110/120)^(1/5) − 1 = −0.017251 → moving-away.)
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2015", 120), At("2020", 110));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(At("2015", 100), result.Baseline);
        Assert.Equal(0.0192449, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_ObservationsBeforeBaseline_AreIgnored()
    {
        // 2010 = 50 and 2012 = 200 precede the 2015 baseline and do not count;
        // CAGRobs = (105/100)^(1/5) − 1 = 0.009806 → moderate.
        var result = Assess(Direction.Increase, At("2015", 100), null, At("2010", 50), At("2012", 200), At("2020", 105));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.009806, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_NoDeclaredBaseline_EarliestObservationServes()
    {
        // Unordered input; earliest is 2016 = 10, latest 2020 = 12: CAGRobs = 1.2^(1/4) − 1 = 0.046635 → on-track.
        var result = Assess(Direction.Increase, null, null, At("2020", 12), At("2016", 10), At("2018", 11));

        Assert.Equal(At("2016", 10), result.Baseline);
        Assert.Equal(At("2020", 12), result.Latest);
        Assert.Equal(0.046635, result.ObservedGrowth!.Value, 5);
        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
    }

    [Fact]
    public void From_BaselineAndObservations_KeepsBaselineThenLaterPointsInOrder()
    {
        var series = AssessedSeries.From(
            At("2015", 100),
            [At("2020", 105), At("2010", 50), At("2015", 120), At("2017", 101)]);

        Assert.Equal([At("2015", 100), At("2017", 101), At("2020", 105)], series.Points);
        Assert.Equal(3, series.Count);
        Assert.Equal(At("2015", 100), series.Baseline);
        Assert.Equal(At("2020", 105), series.Latest);
    }

    [Fact]
    public void From_Nothing_IsEmpty()
    {
        var series = AssessedSeries.From(null, []);

        Assert.Equal(0, series.Count);
        Assert.Null(series.Baseline);
        Assert.Null(series.Latest);
    }

    // ---- Sub-annual data: decimal years are period starts -----------------------------------------

    [Fact]
    public void Assess_QuarterlySeries_UsesFractionalYears()
    {
        // t0 = 2023-Q1 = 2023.0; t = 2024-Q2 = 2024 + 91/366 = 2024.248634; T = 2025-Q1 = 2025.0
        // CAGRobs = (104/100)^(1/1.248634) − 1 = 0.031909
        // CAGRreq = (110/100)^(1/2) − 1 = 0.048809
        // R = 0.031909 / 0.048809 = 0.65376 → moderate
        var result = Assess(Direction.Increase, At("2023-Q1", 100), At("2025-Q1", 110), At("2023-Q3", 101.5), At("2024-Q2", 104));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.031909, result.ObservedGrowth!.Value, 5);
        Assert.Equal(0.048809, result.RequiredGrowth!.Value, 5);
        Assert.Equal(0.65376, result.Ratio!.Value, 4);
    }

    [Fact]
    public void Assess_MonthlySeries_UsesFractionalYears()
    {
        // t0 = 2024-01 = 2024.0; t = 2024-03 = 2024 + 60/366; t − t0 = 60/366 = 0.163934
        // CAGRobs = (49/50)^(366/60) − 1 = 0.98^6.1 − 1 = −0.1159455; decrease wanted → +0.1159455 ≥ 0.015
        var result = Assess(Direction.Decrease, At("2024-01", 50), null, At("2024-02", 49.5), At("2024-03", 49));

        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(-0.1159455, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_DailySeries_UsesFractionalYears()
    {
        // t0 = 2024-03-15 = 2024 + 74/366; t = 2024-09-15 = 2024 + 258/366; t − t0 = 184/366 = 0.502732
        // CAGRobs = (1004/1000)^(366/184) − 1 = 1.004^1.989130 − 1 = 0.007972; 0.005 ≤ 0.007972 < 0.015 → moderate
        var result = Assess(Direction.Increase, At("2024-03-15", 1000), null, At("2024-09-15", 1004));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(0.007972, result.ObservedGrowth!.Value, 5);
    }

    // ---- Real-world series ------------------------------------------------------------------------

    [Fact]
    public void Assess_DanishGreenhouseGasEmissions_IsModerate()
    {
        // Denmark's climate law: 70% below 1990 by 2030. Baseline 1990 = 79.2 Mt, target 2030 = 0.3 × 79.2 = 23.76 Mt,
        // latest 2023 = 38.8 Mt, decrease wanted.
        // CAGRobs = (38.8/79.2)^(1/33) − 1 = 0.489899^0.030303 − 1 = −0.021391
        // CAGRreq = (23.76/79.2)^(1/40) − 1 = 0.3^0.025 − 1 = −0.029651
        // R = −1 × −0.021391 / 0.029651 = 0.72142 → 0.60 ≤ R < 0.95 → moderate
        var result = Assess(Direction.Decrease, At("1990", 79.2), At("2030", 23.76), At("2023", 38.8));

        Assert.Equal(AssessmentStatus.Moderate, result.Status);
        Assert.Equal(AssessmentMethod.TargetRatio, result.Method);
        Assert.Equal(-0.021391, result.ObservedGrowth!.Value, 5);
        Assert.Equal(-0.029651, result.RequiredGrowth!.Value, 5);
        Assert.Equal(0.72142, result.Ratio!.Value, 4);
        Assert.Equal(At("1990", 79.2), result.Baseline);
        Assert.Equal(At("2023", 38.8), result.Latest);
        Assert.Equal(At("2030", 23.76), result.Target);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Assess_CanadaSuicideMortality342_IsOnTrack()
    {
        // 3-4-2.csv: 2015 = 12.3, 2016 = 11, 2017 = 11.3, 2018 = 10.3, 2019 = 10.7; no numeric target, decrease wanted;
        // Open SDG's default base year 2015.
        // CAGRobs = (10.7/12.3)^(1/4) − 1 = 0.869919^0.25 − 1 = −0.034239 → corrected +0.034239 ≥ 0.015
        var series = ReadSdgCanadaSeries("3-4-2.csv");

        var result = Assess(Direction.Decrease, At("2015", 12.3), null, series);

        Assert.Equal(5, series.Length);
        Assert.Equal(AssessmentStatus.OnTrack, result.Status);
        Assert.Equal(AssessmentMethod.DirectionOnly, result.Method);
        Assert.Equal(At("2019", 10.7), result.Latest);
        Assert.Equal(-0.034239, result.ObservedGrowth!.Value, 5);
    }

    [Fact]
    public void Assess_CanadaFineParticulateMatter1162SinceBaseYear_IsMovingAway()
    {
        // 11-6-2.csv runs 2002–2020; with base year 2015 (7.5) the 2002–2014 values are history.
        // Latest 2020 = 8.8: CAGRobs = (8.8/7.5)^(1/5) − 1 = 1.173333^0.2 − 1 = 0.032486;
        // decrease wanted → −0.032486 < 0 → moving-away.
        var series = ReadSdgCanadaSeries("11-6-2.csv");

        var result = Assess(Direction.Decrease, At("2015", 7.5), null, series);

        Assert.Equal(16, series.Length);
        Assert.Equal(AssessmentStatus.MovingAway, result.Status);
        Assert.Equal(0.032486, result.ObservedGrowth!.Value, 5);
    }

    // ---- Status and method names -------------------------------------------------------------------

    [Theory]
    [InlineData(AssessmentStatus.Achieved, "achieved", "Achieved")]
    [InlineData(AssessmentStatus.OnTrack, "on-track", "On track")]
    [InlineData(AssessmentStatus.Moderate, "moderate", "Moderate progress")]
    [InlineData(AssessmentStatus.Insufficient, "insufficient", "Insufficient progress")]
    [InlineData(AssessmentStatus.MovingAway, "moving-away", "Moving away")]
    [InlineData(AssessmentStatus.NotAssessable, "not-assessable", "Not assessable")]
    public void ToCode_EveryStatus_HasKebabCodeAndWordsThatParseBack(AssessmentStatus status, string code, string words)
    {
        Assert.Equal(code, status.ToCode());
        Assert.Equal(words, status.ToWords());
        Assert.True(AssessmentStatusNames.TryParseCode(code.ToUpperInvariant(), out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("on_track")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseCode_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(AssessmentStatusNames.TryParseCode(code, out var parsed));
        Assert.Equal(AssessmentStatus.NotAssessable, parsed);
    }

    [Theory]
    [InlineData(AssessmentMethod.TargetRatio, "cagr-ratio")]
    [InlineData(AssessmentMethod.DirectionOnly, "cagr-direction")]
    [InlineData(AssessmentMethod.None, "none")]
    public void ToCode_EveryMethod_ParsesBack(AssessmentMethod method, string code)
    {
        Assert.Equal(code, method.ToCode());
        Assert.Equal(method, AssessmentStatusNames.ParseMethod(code));
    }
}
