using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Coalitions;

/// <summary>Reads of coalitions, pledges and stakeholder maps for the API and pages.</summary>
public sealed class CoalitionQueries(MissionControlDb db, IOptions<CoalitionOptions> options)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    public async Task<CoalitionView?> CoalitionAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var mission = await MissionAsync(missionSlug, includeDrafts, ct);
        if (mission is null)
        {
            return null;
        }

        var pledges = await PledgesOfAsync(db.Pledges.Where(p => p.MissionId == mission.Id), ct);
        var today = Today;
        var members = pledges
            .GroupBy(p => p.OrganisationSlug)
            .Select(g => new CoalitionMember(
                g.Key,
                g.First().OrganisationName,
                g.First().Sector,
                CoalitionMembership.Status(g.Select(Facts), today, options.Value.ActiveMonths),
                Pledged(g),
                Delivered(g)))
            .OrderBy(m => m.Sector).ThenBy(m => m.OrganisationName, StringComparer.CurrentCulture)
            .ToList();
        var sectors = members.Where(m => m.Status == MembershipStatus.Active).Select(m => m.Sector).Distinct().Count();
        return new CoalitionView(mission.Id, mission.Slug, mission.Title, members, sectors, Pledged(pledges), Delivered(pledges),
            pledges, await UnengagedAsync(mission.Id, ct));
    }

    public async Task<PledgeView?> PledgeAsync(int id, bool includeDrafts, CancellationToken ct = default)
    {
        var visible = db.Pledges.Where(p => p.Id == id && db.Missions.Any(m => m.Id == p.MissionId && (includeDrafts || m.Status != MissionStatus.Draft)));
        return (await PledgesOfAsync(visible, ct)).FirstOrDefault();
    }

    public async Task<StakeholderMap?> StakeholdersAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var mission = await MissionAsync(missionSlug, includeDrafts, ct);
        if (mission is null)
        {
            return null;
        }

        var engaged = await EngagedAsync(mission.Id, ct);
        var rows = await db.Stakeholders.AsNoTracking().Where(s => s.MissionId == mission.Id)
            .Select(s => new
            {
                s.Id,
                s.Name,
                Organisation = db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => new { o.Slug, o.Name }).FirstOrDefault(),
                s.Interest,
                s.Influence,
                s.Effect,
                s.FutureGenerations,
                s.Notes,
            }).ToListAsync(ct);
        var stakeholders = rows
            .Select(s => new StakeholderView(s.Id, s.Name, s.Organisation?.Slug, s.Organisation?.Name, s.Interest, s.Influence, s.Effect,
                s.FutureGenerations, s.Notes, engaged.Contains(s.Id)))
            .OrderByDescending(s => s.Influence).ThenByDescending(s => s.Interest).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        var unengaged = stakeholders.Where(s => s.Effect == StakeholderEffect.NegativelyAffected && !s.Engaged)
            .Select(s => new StakeholderRef(s.Id, s.Name)).ToList();
        return new StakeholderMap(mission.Id, mission.Slug, mission.Title, stakeholders, unengaged, stakeholders.Any(s => s.FutureGenerations));
    }

    /// <summary>Negatively affected stakeholders of the mission that no consultation has engaged yet.</summary>
    public async Task<List<StakeholderRef>> UnengagedAsync(int missionId, CancellationToken ct = default)
    {
        var engaged = await EngagedAsync(missionId, ct);
        var negative = await db.Stakeholders.AsNoTracking()
            .Where(s => s.MissionId == missionId && s.Effect == StakeholderEffect.NegativelyAffected)
            .OrderBy(s => s.Name).Select(s => new StakeholderRef(s.Id, s.Name)).ToListAsync(ct);
        return [.. negative.Where(s => !engaged.Contains(s.Id))];
    }

    private async Task<HashSet<int>> EngagedAsync(int missionId, CancellationToken ct)
    {
        var lists = await db.Consultations.AsNoTracking().Where(c => c.MissionId == missionId).Select(c => c.EngagedStakeholderIds).ToListAsync(ct);
        return [.. lists.SelectMany(ids => ids)];
    }

    private Task<MissionRef?> MissionAsync(string slug, bool includeDrafts, CancellationToken ct) =>
        db.Missions.AsNoTracking().Where(m => m.Slug == slug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new MissionRef(m.Id, m.Slug, m.Title)).FirstOrDefaultAsync(ct);

    private async Task<List<PledgeView>> PledgesOfAsync(IQueryable<Pledge> pledges, CancellationToken ct)
    {
        var rows = await (
            from p in pledges.AsNoTracking()
            join o in db.Organisations on p.OrganisationId equals o.Id
            join m in db.Missions on p.MissionId equals m.Id
            select new
            {
                p.Id,
                MissionSlug = m.Slug,
                OrganisationSlug = o.Slug,
                OrganisationName = o.Name,
                o.Sector,
                Initiative = db.Initiatives.Where(i => i.Id == p.InitiativeId).Select(i => new { i.Slug, i.Title }).FirstOrDefault(),
                p.Kind,
                p.Quantity,
                p.Unit,
                p.From,
                p.To,
                p.Conditions,
                p.WithdrawnAt,
                Deliveries = p.Deliveries.Select(d => new DeliveryView(d.Id, d.PledgeId, d.Date, d.Quantity, d.Evidence, d.VerifiedAt, d.VerifiedBy)).ToList(),
            }).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var deliveries = r.Deliveries.OrderBy(d => d.Date).ThenBy(d => d.Id).ToList();
            var verified = deliveries.Where(d => d.Verified).Select(d => d.Quantity).ToList();
            return new PledgeView(r.Id, r.MissionSlug, r.OrganisationSlug, r.OrganisationName, r.Sector, r.Initiative?.Slug, r.Initiative?.Title,
                r.Kind, r.Quantity, r.Unit, r.From, r.To, r.Conditions, PledgeProgress.Status(r.Quantity, r.WithdrawnAt is not null, verified),
                verified.Sum(), r.WithdrawnAt, deliveries);
        }).OrderBy(p => p.OrganisationName, StringComparer.CurrentCulture).ThenBy(p => p.From).ThenBy(p => p.Id)];
    }

    private static PledgeFacts Facts(PledgeView p) =>
        new(p.From, p.To, p.WithdrawnAt is not null, [.. p.Deliveries.Where(d => d.Verified).Select(d => d.Date)]);

    /// <summary>Pledged quantities by kind and unit, leaving out withdrawn pledges.</summary>
    public static List<Amount> Pledged(IEnumerable<PledgeView> pledges) =>
        Total(pledges.Where(p => p.Status != PledgeStatus.Withdrawn).Select(p => (p.Kind, p.Unit, p.Quantity)));

    /// <summary>Delivered quantities by kind and unit, counting verified deliveries only.</summary>
    public static List<Amount> Delivered(IEnumerable<PledgeView> pledges) =>
        Total(pledges.SelectMany(p => p.Deliveries.Where(d => d.Verified).Select(d => (p.Kind, p.Unit, d.Quantity))));

    private static List<Amount> Total(IEnumerable<(PledgeKind Kind, string Unit, decimal Quantity)> items) =>
        [.. items.GroupBy(i => (i.Kind, i.Unit)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => new Amount(g.Key.Kind, g.Sum(i => i.Quantity), g.Key.Unit))];

    private sealed record MissionRef(int Id, string Slug, string Title);
}
