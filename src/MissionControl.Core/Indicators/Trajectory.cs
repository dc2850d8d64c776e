namespace MissionControl.Core.Indicators;

/// <summary>How far an actual value is from the plan at its period.</summary>
/// <param name="Planned">The planned value at the period.</param>
/// <param name="Variance">Actual minus planned, in the indicator's unit.</param>
/// <param name="AheadOfPlan">True when the difference is in the desired direction (or zero).</param>
public sealed record PlanVariance(double Planned, double Variance, bool AheadOfPlan);

/// <summary>
/// The planned trajectory: straight lines from the baseline through each milestone to the target.
/// </summary>
public sealed class Trajectory
{
    private Trajectory(IReadOnlyList<DataPoint> points) => Points = points;

    /// <summary>Baseline, milestones and target, in time order.</summary>
    public IReadOnlyList<DataPoint> Points { get; }

    /// <summary>Null when there is no baseline or no target, as there is then no plan to draw.</summary>
    public static Trajectory? Plan(DataPoint? baseline, IEnumerable<DataPoint> milestones, DataPoint? target)
    {
        if (baseline is not { } start || target is not { } end || end.Period.Start <= start.Period.Start)
        {
            return null;
        }

        var points = new SortedDictionary<Period, DataPoint> { [start.Period] = start, [end.Period] = end };
        foreach (var milestone in milestones)
        {
            // Compare first days: 2024-01 and 2024 start together and would make a vertical segment.
            if (milestone.Period.Start > start.Period.Start && milestone.Period.Start < end.Period.Start)
            {
                points[milestone.Period] = milestone;
            }
        }

        return new Trajectory([.. points.Values]);
    }

    /// <summary>
    /// The planned value at a fractional year: interpolated between the surrounding points, null before
    /// the baseline, and the target value after the target date (the plan is to stay there).
    /// </summary>
    public double? PlannedValueAt(double decimalYear)
    {
        if (decimalYear < Points[0].Year)
        {
            return null;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var (left, right) = (Points[i - 1], Points[i]);
            if (decimalYear <= right.Year)
            {
                var share = (decimalYear - left.Year) / (right.Year - left.Year);
                return left.Value + (share * (right.Value - left.Value));
            }
        }

        return Points[^1].Value;
    }

    public PlanVariance? VarianceAt(Direction direction, DataPoint actual)
    {
        if (PlannedValueAt(actual.Year) is not { } planned)
        {
            return null;
        }

        var variance = actual.Value - planned;
        var ahead = direction == Direction.Increase ? variance >= 0 : variance <= 0;
        return new PlanVariance(planned, variance, ahead);
    }
}
