using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Organisations;

/// <summary>What a merge moved from the duplicate to the survivor, by kind of link.</summary>
public sealed record MergeResult(string Slug, string IntoSlug, IReadOnlyDictionary<string, int> Moved);

/// <summary>
/// Merges a duplicate organisation into another. Every link to the duplicate moves to the survivor; the duplicate
/// stays, marked as merged, so its history (audit entries, old links in documents) still resolves.
/// </summary>
/// <remarks>
/// Outcomes: <see cref="OutcomeKind.Invalid"/> for a missing or unknown <c>intoSlug</c>;
/// <see cref="OutcomeKind.Conflict"/> when the organisations' state forbids the merge (itself, or either side already merged).
/// </remarks>
public sealed class MergeOrganisations(MissionControlDb db)
{
    public async Task<Outcome<MergeResult>> MergeAsync(string slug, MergeInput input, CancellationToken ct = default)
    {
        var duplicate = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (duplicate is null)
        {
            return Outcome<MergeResult>.NotFound($"There is no organisation '{slug}'.");
        }

        var intoSlug = SaveOrganisation.Blank(input.IntoSlug);
        if (intoSlug is null)
        {
            return Outcome<MergeResult>.Invalid("intoSlug", "Choose the organisation to merge this one into.");
        }

        var survivor = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == intoSlug, ct);
        if (survivor is null)
        {
            return Outcome<MergeResult>.Invalid("intoSlug", $"There is no organisation '{intoSlug}'.");
        }

        if (survivor.Id == duplicate.Id)
        {
            return Outcome<MergeResult>.Conflict("An organisation cannot be merged into itself.");
        }

        if (duplicate.MergedIntoId is not null)
        {
            return Outcome<MergeResult>.Conflict($"'{slug}' has already been merged into another organisation.");
        }

        if (survivor.MergedIntoId is not null)
        {
            return Outcome<MergeResult>.Conflict($"'{intoSlug}' was itself merged into another organisation; merge into that one.");
        }

        var id = duplicate.Id;
        var moved = new Dictionary<string, int>(StringComparer.Ordinal);

        // Tracked changes, not bulk updates, so each moved link gets its own audit entry in this transaction.
        var pledges = await db.Pledges.Where(p => p.OrganisationId == id).ToListAsync(ct);
        pledges.ForEach(p => p.OrganisationId = survivor.Id);
        moved["pledges"] = pledges.Count;

        var missions = await db.Missions.Where(m => m.LeadOrganisationId == id).ToListAsync(ct);
        missions.ForEach(m => m.LeadOrganisationId = survivor.Id);
        moved["missions"] = missions.Count;

        var initiatives = await db.Initiatives.Where(i => i.OwnerOrganisationId == id).ToListAsync(ct);
        initiatives.ForEach(i => i.OwnerOrganisationId = survivor.Id);
        moved["initiatives"] = initiatives.Count;

        var indicators = await db.Indicators.Where(i => i.SourceOrganisationId == id).ToListAsync(ct);
        indicators.ForEach(i => i.SourceOrganisationId = survivor.Id);
        moved["indicators"] = indicators.Count;

        var stakeholders = await db.Stakeholders.Where(s => s.OrganisationId == id).ToListAsync(ct);
        stakeholders.ForEach(s => s.OrganisationId = survivor.Id);
        moved["stakeholders"] = stakeholders.Count;

        var users = await db.Users.Where(u => u.OrganisationId == id).ToListAsync(ct);
        users.ForEach(u => u.OrganisationId = survivor.Id);
        moved["users"] = users.Count;

        var children = await db.Organisations.Where(o => o.ParentOrganisationId == id && o.Id != survivor.Id).ToListAsync(ct);
        children.ForEach(o => o.ParentOrganisationId = survivor.Id);
        moved["children"] = children.Count;

        var earlierDuplicates = await db.Organisations.Where(o => o.MergedIntoId == id).ToListAsync(ct);
        earlierDuplicates.ForEach(o => o.MergedIntoId = survivor.Id);
        moved["mergedOrganisations"] = earlierDuplicates.Count;

        // The survivor keeps its own details and takes the duplicate's where it has none.
        if (survivor.ParentOrganisationId == id)
        {
            survivor.ParentOrganisationId = duplicate.ParentOrganisationId;
        }

        survivor.Country ??= duplicate.Country;
        survivor.Region ??= duplicate.Region;
        survivor.Website ??= duplicate.Website;
        survivor.ParentOrganisationId ??= duplicate.ParentOrganisationId == survivor.Id ? null : duplicate.ParentOrganisationId;

        duplicate.MergedIntoId = survivor.Id;
        duplicate.ParentOrganisationId = null;
        await db.SaveChangesAsync(ct);
        return Outcome<MergeResult>.Ok(new MergeResult(duplicate.Slug, survivor.Slug, moved));
    }
}
