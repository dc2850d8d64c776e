using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Data;

namespace MissionControl.Core.Organisations;

/// <summary>Reads of organisations for the API and pages.</summary>
public sealed class OrganisationQueries(MissionControlDb db)
{
    public async Task<List<OrganisationView>> ListAsync(Sector? sector, bool includeMerged, CancellationToken ct = default)
    {
        var query = db.Organisations.AsNoTracking();
        if (!includeMerged)
        {
            query = query.Where(o => o.MergedIntoId == null);
        }

        if (sector is { } s)
        {
            query = query.Where(o => o.Sector == s);
        }

        return await Project(query.OrderBy(o => o.Name)).ToListAsync(ct);
    }

    public Task<OrganisationView?> FindAsync(string slug, CancellationToken ct = default) =>
        Project(db.Organisations.AsNoTracking().Where(o => o.Slug == slug)).FirstOrDefaultAsync(ct);

    /// <summary>(slug, name) of every organisation that is not a merged duplicate, for pickers.</summary>
    public async Task<List<(string Slug, string Name)>> ChoicesAsync(CancellationToken ct = default) =>
        [.. (await db.Organisations.AsNoTracking().Where(o => o.MergedIntoId == null).OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name }).ToListAsync(ct)).Select(o => (o.Slug, o.Name))];

    /// <summary>The organisation's pledges across missions (drafts only for those who see drafts), newest period first.</summary>
    public async Task<List<OrganisationPledge>> PledgesAsync(string slug, bool includeDrafts, CancellationToken ct = default)
    {
        var rows = await (
            from p in db.Pledges.AsNoTracking()
            join o in db.Organisations on p.OrganisationId equals o.Id
            join m in db.Missions on p.MissionId equals m.Id
            where o.Slug == slug && (includeDrafts || m.Status != Missions.MissionStatus.Draft)
            select new
            {
                p.Id,
                MissionSlug = m.Slug,
                MissionTitle = m.Title,
                InitiativeSlug = db.Initiatives.Where(i => i.Id == p.InitiativeId).Select(i => i.Slug).FirstOrDefault(),
                p.Kind,
                p.Quantity,
                p.Unit,
                p.From,
                p.To,
                p.WithdrawnAt,
                Verified = p.Deliveries.Where(d => d.VerifiedAt != null).Select(d => d.Quantity).ToList(),
            }).ToListAsync(ct);
        return [.. rows
            .Select(r => new OrganisationPledge(r.Id, r.MissionSlug, r.MissionTitle, r.InitiativeSlug, r.Kind, r.Quantity, r.Unit,
                r.Verified.Sum(), r.From, r.To, PledgeProgress.Status(r.Quantity, r.WithdrawnAt is not null, r.Verified)))
            .OrderByDescending(p => p.To).ThenBy(p => p.MissionTitle)];
    }

    private IQueryable<OrganisationView> Project(IQueryable<Organisation> query) =>
        query.Select(o => new OrganisationView(
            o.Slug,
            o.Name,
            o.Sector,
            db.Organisations.Where(p => p.Id == o.ParentOrganisationId).Select(p => p.Slug).FirstOrDefault(),
            db.Organisations.Where(p => p.Id == o.ParentOrganisationId).Select(p => p.Name).FirstOrDefault(),
            o.Country,
            o.Region,
            o.Website,
            db.Organisations.Where(p => p.Id == o.MergedIntoId).Select(p => p.Slug).FirstOrDefault(),
            db.Organisations.Where(p => p.Id == o.MergedIntoId).Select(p => p.Name).FirstOrDefault(),
            o.Version));
}
