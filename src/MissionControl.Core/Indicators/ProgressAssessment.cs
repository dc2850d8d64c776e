namespace MissionControl.Core.Indicators;

/// <summary>What an assessment needs: the desired direction, the baseline, the target (if any) and the observations.</summary>
/// <param name="Baseline">The declared baseline; when absent the earliest observation serves as baseline.</param>
/// <param name="Target">The target; when absent the indicator is assessed by direction only.</param>
/// <param name="Observations">The headline series (no breakdowns), in any order.</param>
public sealed record AssessmentInput(
    Direction Direction,
    DataPoint? Baseline,
    DataPoint? Target,
    IReadOnlyList<DataPoint> Observations);

/// <summary>
/// The result of an assessment with every number that went into it, so anyone can redo the sum.
/// Growth rates are compound annual rates as fractions (−0.022 is −2.2% a year).
/// </summary>
public sealed record Assessment(
    AssessmentStatus Status,
    AssessmentMethod Method,
    DataPoint? Baseline,
    DataPoint? Latest,
    DataPoint? Target,
    double? ObservedGrowth,
    double? RequiredGrowth,
    double? Ratio,
    string? Reason)
{
    public static Assessment NotAssessable(DataPoint? baseline, DataPoint? latest, DataPoint? target, string reason) =>
        new(AssessmentStatus.NotAssessable, AssessmentMethod.None, baseline, latest, target, null, null, null, reason);
}

/// <summary>
/// The progress assessment of Eurostat's SDG monitoring as implemented by Open SDG, so that statuses are
/// comparable with official statistics. See PRODUCT.md, "Progress assessment".
/// </summary>
public static class ProgressAssessment
{
    /// <summary>Ratio thresholds of observed to required growth when there is a target.</summary>
    public const double OnTrackRatio = 0.95;
    public const double ModerateRatio = 0.60;

    /// <summary>Growth thresholds (per year) when there is no target.</summary>
    public const double OnTrackGrowth = 0.015;
    public const double ModerateGrowth = 0.005;

    /// <summary>
    /// Slack at the thresholds for binary rounding: 100 → 101.5 in a year is growth of exactly 1.5%, but
    /// 101.5 / 100 − 1 computes as 0.01499999999999990. Far below any difference that means anything.
    /// </summary>
    public const double ThresholdTolerance = 1e-12;

    /// <summary>Open SDG replaces a zero baseline or target with this so that growth rates exist.</summary>
    public const double ZeroReplacement = 0.001;

    public static Assessment Assess(AssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var series = AssessedSeries.From(input.Baseline, input.Observations);
        var target = input.Target;
        if (series.Count < 2)
        {
            return Assessment.NotAssessable(series.Baseline, series.Latest, target,
                "At least two observations (baseline included) are needed.");
        }

        var baseline = series.Baseline!.Value;
        var latest = series.Latest!.Value;
        var years = latest.Year - baseline.Year;
        if (years <= 0)
        {
            return Assessment.NotAssessable(baseline, latest, target,
                "The latest observation is from the baseline period, so no growth can be measured.");
        }

        if (target is { } reached && MeetsTarget(input.Direction, latest.Value, reached.Value))
        {
            return new Assessment(AssessmentStatus.Achieved, AssessmentMethod.TargetRatio, baseline, latest, target,
                null, null, null, null);
        }

        var baseValue = ReplaceZero(baseline.Value);
        if (Math.Sign(baseValue) != Math.Sign(latest.Value) && latest.Value != 0)
        {
            return Assessment.NotAssessable(baseline, latest, target,
                "Baseline and latest values have opposite signs, so a growth rate is not defined.");
        }

        // Sign correction: the desired direction d (+1/−1) times the sign of the base, so that movement in the
        // desired direction is positive also for negative values, where a rise (−10 → −5) has a negative
        // growth rate. Open SDG multiplies by the same sign · direction.
        var sign = (input.Direction == Direction.Increase ? 1.0 : -1.0) * Math.Sign(baseValue);
        var observed = Growth(baseValue, latest.Value, years);

        if (target is not { } goal)
        {
            var corrected = sign * observed;
            return new Assessment(ClassifyGrowth(corrected), AssessmentMethod.DirectionOnly, baseline, latest, null,
                observed, null, null, null);
        }

        var targetYears = goal.Year - baseline.Year;
        var targetValue = ReplaceZero(goal.Value);
        if (targetYears <= 0 || Math.Sign(targetValue) != Math.Sign(baseValue))
        {
            return Assessment.NotAssessable(baseline, latest, target, targetYears <= 0
                ? "The target period is not after the baseline period."
                : "Baseline and target have opposite signs, so a required growth rate is not defined.");
        }

        var required = Growth(baseValue, targetValue, targetYears);
        if (required == 0)
        {
            // Target equals baseline and is not met: any movement the wrong way is moving away.
            return new Assessment(sign * observed >= 0 ? AssessmentStatus.OnTrack : AssessmentStatus.MovingAway,
                AssessmentMethod.TargetRatio, baseline, latest, target, observed, required, null, null);
        }

        var ratio = sign * observed / Math.Abs(required);
        return new Assessment(ClassifyRatio(ratio), AssessmentMethod.TargetRatio, baseline, latest, target,
            observed, required, ratio, null);
    }

    public static bool MeetsTarget(Direction direction, double value, double target) =>
        direction == Direction.Increase ? value >= target : value <= target;

    /// <summary>Compound annual growth rate from <paramref name="from"/> to <paramref name="to"/> over <paramref name="years"/>.</summary>
    public static double Growth(double from, double to, double years) => Math.Pow(to / from, 1.0 / years) - 1.0;

    public static AssessmentStatus ClassifyRatio(double ratio) => (ratio + ThresholdTolerance) switch
    {
        >= OnTrackRatio => AssessmentStatus.OnTrack,
        >= ModerateRatio => AssessmentStatus.Moderate,
        >= 0 => AssessmentStatus.Insufficient,
        _ => AssessmentStatus.MovingAway,
    };

    /// <summary>
    /// Classifies sign-corrected growth when there is no target (Open SDG's 1.5% / 0.5% / 0 thresholds), lower
    /// bounds inclusive as for the ratio: ≥ 1.5% on track, 0.5% ≤ g &lt; 1.5% moderate, 0 ≤ g &lt; 0.5% insufficient.
    /// </summary>
    public static AssessmentStatus ClassifyGrowth(double correctedGrowth) => (correctedGrowth + ThresholdTolerance) switch
    {
        >= OnTrackGrowth => AssessmentStatus.OnTrack,
        >= ModerateGrowth => AssessmentStatus.Moderate,
        >= 0 => AssessmentStatus.Insufficient,
        _ => AssessmentStatus.MovingAway,
    };

    private static double ReplaceZero(double value) => value == 0 ? ZeroReplacement : value;
}
