namespace MissionControl.Core.Indicators;

/// <summary>
/// Recomputes an indicator's assessment and forecast from its headline series and stores the result on
/// the indicator. Called whenever observations, baseline, target or milestones change.
/// </summary>
public static class AssessIndicator
{
    public static void Store(Indicator indicator, IEnumerable<DataPoint> headline, DateTimeOffset now)
    {
        var observations = headline as IReadOnlyList<DataPoint> ?? [.. headline];
        var assessment = ProgressAssessment.Assess(new AssessmentInput(indicator.Direction, indicator.Baseline, indicator.Target, observations));
        var forecast = Forecast.Project(indicator.Direction, indicator.Baseline, indicator.Target, observations);

        // The latest value shown is the latest observation, even when it precedes the baseline.
        var latest = observations.Count == 0 ? (DataPoint?)null : observations.MaxBy(o => o.Period);
        indicator.Assessment = new StoredAssessment
        {
            Status = assessment.Status,
            Method = assessment.Method,
            BaselinePeriod = assessment.Baseline?.Period.ToString(),
            BaselineValue = assessment.Baseline?.Value,
            LatestPeriod = latest?.Period.ToString(),
            LatestValue = latest?.Value,
            ObservedGrowth = assessment.ObservedGrowth,
            RequiredGrowth = assessment.RequiredGrowth,
            Ratio = assessment.Ratio,
            Reason = assessment.Reason,
            ForecastValueAtTarget = forecast?.ValueAtTarget,
            ForecastTargetReachedPeriod = forecast?.TargetReachedPeriod?.ToString(),
            ForecastSlopePerYear = forecast?.SlopePerYear,
            ForecastIntercept = forecast?.Intercept,
            AssessedAt = now,
        };
    }
}
