using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Consultations;
using MissionControl.Core.Data;

namespace MissionControl.Core.Tests.Consultations;

public sealed class DemoConsultationsTests : IAsyncLifetime
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
    public async Task SeedAsync_ClimateMission_OneOpenAndOneClosedWithSynthesis()
    {
        var queries = new ConsultationQueries(_db);

        var list = await queries.ForMissionAsync("dk-climate-2030", includeDrafts: false, Ct);

        Assert.NotNull(list);
        Assert.Contains(list, c => c.Slug == "dk-climate-ideas" && c.State == "open");
        Assert.Contains(list, c => c.Slug == "dk-citizens-climate-assembly" && c.State == "closed" && c.HasSynthesis);
        var assembly = await queries.FindAsync("dk-citizens-climate-assembly", includeDrafts: false, Ct);
        Assert.NotEmpty(assembly!.Workshops);
    }

    [Fact]
    public async Task SeedAsync_AdoptedProposal_TracesToGreenDistrictHeatingWithItsGateDecisions()
    {
        var queries = new ConsultationQueries(_db);
        var id = await _db.Proposals.Where(p => p.AdoptedInitiativeId != null).Select(p => p.Id).SingleAsync(Ct);

        var proposal = await queries.ProposalAsync(id, includeDrafts: false, moderator: false, Ct);

        Assert.Equal("green-district-heating", proposal!.Trace!.InitiativeSlug);
        Assert.Equal("pilot", proposal.Trace.Stage);
        Assert.Equal(2, proposal.Trace.GateDecisions.Count);
    }

    [Fact]
    public async Task SeedAsync_SupportCounts_MatchSupportRowsInTheOpenConsultation()
    {
        var open = await _db.Consultations.Where(c => c.Slug == "dk-climate-ideas").Select(c => c.Id).SingleAsync(Ct);
        var proposals = await _db.Proposals.Where(p => p.ConsultationId == open).ToListAsync(Ct);

        foreach (var p in proposals)
        {
            Assert.Equal(await _db.Supports.CountAsync(s => s.ProposalId == p.Id, Ct), p.Supports);
        }
    }
}
