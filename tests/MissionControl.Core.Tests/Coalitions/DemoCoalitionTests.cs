using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Data;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Tests.Coalitions;

/// <summary>The demo coalition of the Danish climate mission: many sectors, one lapsed member, a warning on the stakeholder map.</summary>
public sealed class DemoCoalitionTests : IAsyncLifetime
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

    private CoalitionQueries Queries => new(_db, Options.Create(new CoalitionOptions()));

    [Fact]
    public async Task Seed_ClimateMission_ManySectorsAndOnlyOrstedLapsed()
    {
        var coalition = await Queries.CoalitionAsync("dk-climate-2030", includeDrafts: false, Ct);

        Assert.NotNull(coalition);
        Assert.True(coalition.Sectors >= 10, $"{coalition.Sectors} sectors");
        var lapsed = Assert.Single(coalition.Members, m => m.Status == MembershipStatus.Lapsed);
        Assert.Equal("orsted", lapsed.OrganisationSlug);
        Assert.Contains(coalition.Pledges, p => p.Status == PledgeStatus.Delivered);
        Assert.Contains(coalition.Pledges, p => p.Status == PledgeStatus.PartlyDelivered);
        Assert.Contains(coalition.Pledges, p => p.Deliveries.Any(d => !d.Verified));
        // Novo Nordisk Foundation: 150m + 100m verified; the unverified 80m does not count.
        Assert.Equal(250_000_000m, coalition.Members.Single(m => m.OrganisationSlug == "novo-nordisk-foundation").Delivered.Single().Quantity);
    }

    [Fact]
    public async Task Seed_StakeholderMap_FarmersUnengagedAndAFutureGenerationsVoice()
    {
        var map = await Queries.StakeholdersAsync("dk-climate-2030", includeDrafts: false, Ct);

        Assert.NotNull(map);
        Assert.Contains(map.UnengagedNegativelyAffected, s => s.Name == "Livestock farmers");
        Assert.True(map.HasFutureGenerationsRepresentative);
        Assert.Equal(Sector.Agency, (await _db.Organisations.SingleAsync(o => o.Slug == "danish-energy-agency", Ct)).Sector);
    }
}
