using BenchmarkDotNet.Attributes;
using MissionControl.Core.Indicators;

namespace MissionControl.Benchmarks;

/// <summary>The cost of assessing and forecasting one indicator, which happens on every observation batch.</summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private DataPoint[] _monthly = [];

    [Params(30, 1_200)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup() => _monthly = [.. Enumerable.Range(0, Points)
        .Select(i => new DataPoint(Period.Month(1990 + (i / 12), (i % 12) + 1), 80 - (i * 0.03) + Math.Sin(i))) ];

    [Benchmark]
    public Assessment Assess() => ProgressAssessment.Assess(new AssessmentInput(
        Direction.Decrease, _monthly[0], new DataPoint(Period.Year(2030), 24), _monthly));

    [Benchmark]
    public Forecast? Project() => Forecast.Project(Direction.Decrease, _monthly[0], new DataPoint(Period.Year(2030), 24), _monthly);
}
