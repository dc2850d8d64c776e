using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>The demo's governance for the Danish climate mission: a chain of command and two stocktakes.</summary>
public sealed class DemoGovernanceTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private MissionControlDb _db = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
    public async Task Seed_ClimateMission_ChainOfCommandUpToTheSteeringCommittee()
    {
        var governance = await new BodyQueries(_db).GovernanceAsync("dk-climate-2030", includeDrafts: false, Ct);

        Assert.NotNull(governance);
        var committee = Assert.Single(governance.Bodies, b => b.MissionSlug is null);
        Assert.Equal(BodyKind.SteeringCommittee, committee.Kind);
        var board = Assert.Single(governance.Bodies, b => b.Kind == BodyKind.MissionBoard);
        Assert.Equal(committee.Id, board.ReportsToId);
        Assert.All(governance.Bodies.Where(b => b != committee && b != board), b => Assert.NotNull(b.ReportsToId));
        Assert.Contains(governance.Bodies.SelectMany(b => b.Members), m => m.Role == MemberRole.Adviser && m.InitiativeSlugs.Contains("north-sea-energy-island"));
    }

    [Fact]
    public async Task Seed_ClimateMission_HeldStocktakeWithDecisionAndTheNextOneQuarterLater()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var stocktakes = await new StocktakeQueries(_db).ListAsync("dk-climate-2030", includeDrafts: false, Ct);

        Assert.NotNull(stocktakes);
        // Held a month ago; the quarterly board's next meeting is three months after it.
        Assert.Equal([today.AddMonths(-1).AddMonths(3), today.AddMonths(-1)], stocktakes.Select(s => s.Date));
        var next = await new StocktakeQueries(_db).FindAsync(stocktakes[0].Id, includeDrafts: false, staff: false, Ct);
        var carried = Assert.Single(next!.CarriedOver);
        Assert.True(carried.Public);
        Assert.Contains(next.Agenda, a => a.Kind == AgendaKind.ActionOpen && a.Subject == StocktakeAgenda.DecisionSubject(carried.Id));
    }
}
