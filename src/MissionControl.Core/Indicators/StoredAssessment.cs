namespace MissionControl.Core.Indicators;

/// <summary>
/// The assessment and forecast of an indicator as stored with it. Written whenever observations,
/// baseline or target change, so that dashboards and the API only read.
/// </summary>
public class StoredAssessment
{
    public AssessmentStatus Status { get; set; } = AssessmentStatus.NotAssessable;

    public AssessmentMethod Method { get; set; } = AssessmentMethod.None;

    /// <summary>The baseline the assessment used: the declared one, or the first observation when none is declared.</summary>
    public string? BaselinePeriod { get; set; }

    public double? BaselineValue { get; set; }

    public string? LatestPeriod { get; set; }

    public double? LatestValue { get; set; }

    public double? ObservedGrowth { get; set; }

    public double? RequiredGrowth { get; set; }

    public double? Ratio { get; set; }

    public string? Reason { get; set; }

    public double? ForecastValueAtTarget { get; set; }

    public string? ForecastTargetReachedPeriod { get; set; }

    public double? ForecastSlopePerYear { get; set; }

    public double? ForecastIntercept { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }
}
