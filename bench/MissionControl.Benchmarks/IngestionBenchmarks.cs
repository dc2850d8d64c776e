using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;

namespace MissionControl.Benchmarks;

/// <summary>Recording a batch of observations (validate, upsert, reassess, audit) on an embedded SQLite database.</summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private SqliteConnection? _connection;
    private List<ObservationInput> _batch = [];
    private int _round;

    [Params(100, 5_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        await _connection.OpenAsync();
        await using var db = NewDb();
        await db.Database.EnsureCreatedAsync();
        await new SaveMission(db).CreateAsync(new MissionInput { Slug = "bench", Title = "Bench", Landmark = "Bench", Level = "national", Deadline = "2030-12-31" });
        await new SaveIndicator(db).CreateAsync(new IndicatorInput
        {
            Slug = "bench-key",
            MissionSlug = "bench",
            Role = "key",
            Name = "Bench",
            Unit = "t",
            Direction = "decrease",
            Baseline = new PointInput("1990", 100),
            Target = new PointInput("2030", 30),
        });
    }

    [IterationSetup]
    public void NextBatch()
    {
        // A new value each round, so every row is a real update rather than a no-op.
        _round++;
        _batch = [.. Enumerable.Range(0, Rows).Select(i => new ObservationInput
        {
            Period = Period.FromDecimalYear(1990 + (i / 365.0), PeriodGranularity.Day).ToString(),
            Value = 100 - (i * 0.001) + _round,
        })];
    }

    [Benchmark]
    public async Task<int> Record()
    {
        await using var db = NewDb();
        var outcome = await new RecordObservations(db).RecordAsync("bench-key", _batch);
        return outcome.Value!.Created + outcome.Value.Updated;
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();

    private MissionControlDb NewDb() => new(new DbContextOptionsBuilder<MissionControlDb>().UseSqlite(_connection!).Options);
}
