using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>What <c>PUT /api/v1/priorities</c> takes: mission slugs, most important first.</summary>
public sealed record PriorityOrderInput
{
    /// <summary>The missions in the centre's order. Missions left out keep their order after the ones listed.</summary>
    public List<string>? MissionSlugs { get; init; }
}

/// <summary>What <c>POST /api/v1/priorities/no-longer</c> takes: something the centre has stopped prioritising.</summary>
public sealed record DeprioritisationInput
{
    public string? Title { get; init; }

    /// <summary>Why it is no longer a priority, in words the public reads.</summary>
    public string? Reason { get; init; }

    /// <summary>yyyy-MM-dd; today when left out.</summary>
    public string? Since { get; init; }

    /// <summary>The mission it concerns, if any.</summary>
    public string? MissionSlug { get; init; }
}

/// <summary>A mission in the centre's order; rank 1 comes first.</summary>
public sealed record PriorityView(int Rank, string Slug, string Title, MissionStatus Status);

/// <summary>Something the centre no longer prioritises, with the mission it concerns.</summary>
public sealed record DeprioritisationView(int Id, string Title, string Reason, DateOnly Since, string? MissionSlug, string? MissionTitle);

/// <summary>The centre's priorities: its missions in order, and what it has stopped prioritising, latest first.</summary>
public sealed record PrioritiesView(List<PriorityView> Missions, List<DeprioritisationView> NoLongerPriorities);

/// <summary>
/// The centre orders its missions and records what it has stopped prioritising; the public dashboard shows both.
/// A mission's rank is its place in that order; new missions join at the end.
/// </summary>
public sealed class SetPriorities(MissionControlDb db)
{
    public async Task<Outcome<PrioritiesView>> OrderAsync(PriorityOrderInput input, CancellationToken ct = default)
    {
        var slugs = (input.MissionSlugs ?? []).Select(s => s?.Trim() ?? "").ToList();
        var errors = new ValidationErrors();
        if (slugs.Count == 0)
        {
            errors.Add("missionSlugs", "List the missions in order of priority.");
        }

        foreach (var duplicate in slugs.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add("missionSlugs", $"'{duplicate}' is listed more than once; give each mission one place.");
        }

        var missions = await db.Missions.OrderBy(m => m.Priority).ThenBy(m => m.Title).ToListAsync(ct);
        var known = missions.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < slugs.Count; i++)
        {
            if (!known.Contains(slugs[i]))
            {
                errors.Add($"missionSlugs[{i}]", $"There is no mission '{slugs[i]}'.");
            }
        }

        if (errors.Any)
        {
            return Outcome<PrioritiesView>.Invalid(errors);
        }

        var order = Reorder(missions.Select(m => m.Slug).ToList(), slugs);
        foreach (var mission in missions)
        {
            // The change tracker writes (and audits) only the missions whose place really moved.
            mission.Priority = order.IndexOf(mission.Slug) + 1;
        }

        await db.SaveChangesAsync(ct);
        return Outcome<PrioritiesView>.Ok(await CurrentAsync(includeDrafts: true, ct));
    }

    /// <summary>The listed slugs first, in their order; then the rest in their current order.</summary>
    public static List<string> Reorder(IReadOnlyList<string> current, IReadOnlyList<string> listed) =>
        [.. listed, .. current.Where(s => !listed.Contains(s))];

    public async Task<Outcome<DeprioritisationView>> RecordAsync(DeprioritisationInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("title", input.Title, "what is no longer a priority", 200);
        errors.Required("reason", input.Reason, "why it is no longer a priority", 2000);
        var since = Dates.Parse(input.Since, "since", errors);
        var mission = string.IsNullOrWhiteSpace(input.MissionSlug) ? null
            : await db.Missions.Where(m => m.Slug == input.MissionSlug.Trim()).Select(m => new { m.Id, m.Slug, m.Title }).FirstOrDefaultAsync(ct);
        if (!string.IsNullOrWhiteSpace(input.MissionSlug) && mission is null)
        {
            errors.Add("missionSlug", $"There is no mission '{input.MissionSlug.Trim()}'.");
        }

        if (errors.Any)
        {
            return Outcome<DeprioritisationView>.Invalid(errors);
        }

        var item = new Deprioritisation
        {
            Title = input.Title!.Trim(),
            Reason = input.Reason!.Trim(),
            Since = since ?? DateOnly.FromDateTime(db.Now.UtcDateTime),
            MissionId = mission?.Id,
            RecordedAt = db.Now,
        };
        db.Deprioritisations.Add(item);
        await db.SaveChangesAsync(ct);
        return Outcome<DeprioritisationView>.Ok(new DeprioritisationView(item.Id, item.Title, item.Reason, item.Since, mission?.Slug, mission?.Title));
    }

    /// <summary>Takes an entry off the list (recorded in error, or a priority again); the audit trail keeps it.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken ct = default)
    {
        var item = await db.Deprioritisations.FindAsync([id], ct);
        if (item is null)
        {
            return false;
        }

        db.Deprioritisations.Remove(item);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<PrioritiesView> CurrentAsync(bool includeDrafts, CancellationToken ct = default)
    {
        var missions = await db.Missions.AsNoTracking()
            .Where(m => includeDrafts || m.Status != MissionStatus.Draft)
            .OrderBy(m => m.Priority).ThenBy(m => m.Title)
            .Select(m => new { m.Slug, m.Title, m.Status })
            .ToListAsync(ct);
        var items = await db.Deprioritisations.AsNoTracking()
            .GroupJoin(db.Missions, d => d.MissionId, m => m.Id, (d, ms) => new { d, ms })
            .SelectMany(x => x.ms.DefaultIfEmpty(), (x, m) => new { x.d, Slug = m != null ? m.Slug : null, Title = m != null ? m.Title : null, Status = m != null ? (MissionStatus?)m.Status : null })
            .ToListAsync(ct);
        return new PrioritiesView(
            [.. missions.Select((m, i) => new PriorityView(i + 1, m.Slug, m.Title, m.Status))],
            [.. items
                .Where(x => includeDrafts || x.Status != MissionStatus.Draft)
                .OrderByDescending(x => x.d.Since).ThenByDescending(x => x.d.Id)
                .Select(x => new DeprioritisationView(x.d.Id, x.d.Title, x.d.Reason, x.d.Since, x.Slug, x.Title))]);
    }
}
