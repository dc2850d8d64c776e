namespace MissionControl.Core.Indicators;

/// <summary>
/// The points an assessment or forecast runs on: the baseline, then every observation after it, one
/// per period, in time order. Observations before the baseline are history, not progress.
/// </summary>
public sealed class AssessedSeries
{
    private AssessedSeries(IReadOnlyList<DataPoint> points) => Points = points;

    public IReadOnlyList<DataPoint> Points { get; }

    public int Count => Points.Count;

    public DataPoint? Baseline => Points.Count > 0 ? Points[0] : null;

    public DataPoint? Latest => Points.Count > 0 ? Points[^1] : null;

    public static AssessedSeries From(DataPoint? baseline, IEnumerable<DataPoint> observations)
    {
        var byPeriod = new SortedDictionary<Period, DataPoint>();
        foreach (var observation in observations)
        {
            if (baseline is null || observation.Period > baseline.Value.Period)
            {
                byPeriod[observation.Period] = observation;
            }
        }

        if (baseline is { } declared)
        {
            // The declared baseline wins over an observation of the same period.
            byPeriod[declared.Period] = declared;
        }

        return new AssessedSeries([.. byPeriod.Values]);
    }
}
