namespace MissionControl.Core.Indicators;

/// <summary>
/// A straight-line projection of the observations since baseline.
/// </summary>
/// <param name="ValueAtTarget">The trend's value at the target period, when there is a target.</param>
/// <param name="TargetReachedPeriod">The period in which the trend meets the target, or null if it never does.</param>
/// <param name="SlopePerYear">The trend's change per year.</param>
/// <param name="Intercept">The trend's value at year 0, so value = Intercept + SlopePerYear × year.</param>
public sealed record Forecast(double? ValueAtTarget, Period? TargetReachedPeriod, double SlopePerYear, double Intercept)
{
    public double ValueAt(double decimalYear) => Intercept + (SlopePerYear * decimalYear);

    /// <summary>
    /// Least-squares linear trend over the baseline and the observations after it. Null when fewer than two
    /// points in different periods exist.
    /// </summary>
    public static Forecast? Project(Direction direction, DataPoint? baseline, DataPoint? target, IEnumerable<DataPoint> observations)
    {
        var points = AssessedSeries.From(baseline, observations).Points;
        if (points.Count < 2)
        {
            return null;
        }

        // Centre the years before fitting: squaring years near 2000 loses precision otherwise.
        var meanX = points.Average(p => p.Year);
        var meanY = points.Average(p => p.Value);
        double sxy = 0, sxx = 0;
        foreach (var point in points)
        {
            sxy += (point.Year - meanX) * (point.Value - meanY);
            sxx += (point.Year - meanX) * (point.Year - meanX);
        }

        if (sxx == 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanX);
        if (target is not { } goal)
        {
            return new Forecast(null, null, slope, intercept);
        }

        var valueAtTarget = intercept + (slope * goal.Year);
        return new Forecast(valueAtTarget, ReachedPeriod(direction, points, goal, slope, intercept), slope, intercept);
    }

    private static Period? ReachedPeriod(Direction direction, IReadOnlyList<DataPoint> points, DataPoint goal, double slope, double intercept)
    {
        var latest = points[^1];
        var granularity = latest.Period.Granularity;
        if (ProgressAssessment.MeetsTarget(direction, latest.Value, goal.Value))
        {
            // Already there: the first observed period at or beyond the target.
            return points.First(p => ProgressAssessment.MeetsTarget(direction, p.Value, goal.Value)).Period;
        }

        var towardsTarget = direction == Direction.Increase ? slope > 0 : slope < 0;
        if (!towardsTarget)
        {
            return null;
        }

        // Not reached yet in the data, so the projection cannot place it before the latest observation.
        var crossing = Math.Max((goal.Value - intercept) / slope, latest.Year);
        return crossing > 9999 ? null : Period.FromDecimalYear(crossing, granularity);
    }
}
