using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Tests.Data;

public sealed class DemoDataTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private MissionControlDb _db = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Worked out by hand with the method in PRODUCT.md; DemoData.cs gives the sums beside each figure.
    public static TheoryData<string, AssessmentStatus> ExpectedStatuses => new()
    {
        { "dk-net-ghg-emissions", AssessmentStatus.Moderate },
        { "dk-ghg-emissions-excl-land-use", AssessmentStatus.OnTrack },
        { "dk-co2-captured-stored", AssessmentStatus.NotAssessable },
        { "dk-electrolysis-capacity", AssessmentStatus.OnTrack },
        { "dk-agriculture-emissions", AssessmentStatus.Insufficient },
        { "dk-household-plastic-recycling", AssessmentStatus.Achieved },
        { "eu-cancer-death-rate", AssessmentStatus.Moderate },
        { "eu-healthy-soils-share", AssessmentStatus.MovingAway },
        { "eu-organic-farming-share", AssessmentStatus.Moderate },
        { "eu-mission-label-cities", AssessmentStatus.OnTrack },
        { "nl-healthy-life-expectancy", AssessmentStatus.MovingAway },
        { "nl-healthy-life-expectancy-gap", AssessmentStatus.MovingAway },
        { "cph-green-trip-share", AssessmentStatus.Insufficient },
        { "ca-tobacco-use", AssessmentStatus.Insufficient },
    };

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync(Ct);
        _db = new MissionControlDb(new DbContextOptionsBuilder<MissionControlDb>().UseSqlite(_connection).Options);
        await _db.Database.EnsureCreatedAsync(Ct);
        await DemoData.SeedAsync(_db, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Seeds_at_least_eight_active_missions()
    {
        var missions = await _db.Missions.AsNoTracking().ToListAsync(Ct);

        Assert.True(missions.Count >= 8, $"Expected at least 8 missions, found {missions.Count}.");
        Assert.All(missions, m => Assert.Equal(MissionStatus.Active, m.Status));
    }

    [Fact]
    public async Task The_Danish_climate_mission_has_its_four_green_research_missions_as_children()
    {
        var children = await _db.Missions.AsNoTracking()
            .Where(m => m.ParentMission!.Slug == "dk-climate-2030").Select(m => m.Slug).ToListAsync(Ct);

        Assert.Equal(4, children.Count);
    }

    [Fact]
    public async Task Every_mission_has_exactly_one_key_figure_with_a_baseline()
    {
        var missions = await _db.Missions.AsNoTracking().Include(m => m.Indicators).ToListAsync(Ct);

        Assert.All(missions, m =>
        {
            var key = Assert.Single(m.Indicators, i => i.Role == IndicatorRole.Key);
            Assert.NotNull(key.Baseline);
        });
    }

    [Fact]
    public async Task Key_figures_cover_every_status_and_all_but_the_unassessable_one_have_a_series()
    {
        var keys = await _db.Indicators.AsNoTracking().Where(i => i.Role == IndicatorRole.Key)
            .Select(i => new { i.Slug, i.Assessment.Status, Observations = i.Observations.Count }).ToListAsync(Ct);

        Assert.Equal(AssessmentStatusNames.All.ToHashSet(), keys.Select(k => k.Status).ToHashSet());
        Assert.All(keys.Where(k => k.Status != AssessmentStatus.NotAssessable),
            k => Assert.True(k.Observations >= 2, $"{k.Slug} has {k.Observations} observation(s)."));
    }

    [Theory]
    [MemberData(nameof(ExpectedStatuses))]
    public async Task Each_indicator_gets_the_status_worked_out_by_hand(string slug, AssessmentStatus expected)
    {
        var indicator = await _db.Indicators.AsNoTracking().SingleAsync(i => i.Slug == slug, Ct);

        Assert.Equal(expected, indicator.Assessment.Status);
    }

    [Fact]
    public async Task Every_indicator_says_where_its_figures_come_from()
    {
        var indicators = await _db.Indicators.AsNoTracking().ToListAsync(Ct);

        Assert.Equal(ExpectedStatuses.Count, indicators.Count);
        Assert.All(indicators, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Source), i.Slug);
            Assert.False(string.IsNullOrWhiteSpace(i.SourceUrl), i.Slug);
            Assert.False(string.IsNullOrWhiteSpace(i.Provenance), i.Slug);
        });
        Assert.True((await _db.Indicators.AsNoTracking().SingleAsync(i => i.Slug == "dk-net-ghg-emissions", Ct)).Illustrative);
        Assert.False((await _db.Indicators.AsNoTracking().SingleAsync(i => i.Slug == "ca-tobacco-use", Ct)).Illustrative);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = await CountsAsync();

        await DemoData.SeedAsync(_db, Ct);

        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Organisations, int Missions, int Indicators, int Observations)> CountsAsync() =>
        (await _db.Organisations.CountAsync(Ct), await _db.Missions.CountAsync(Ct),
            await _db.Indicators.CountAsync(Ct), await _db.Observations.CountAsync(Ct));
}
