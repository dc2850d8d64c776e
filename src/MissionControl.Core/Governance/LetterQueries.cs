using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Governance;

/// <summary>Reads of mission letters. Drafts are included only when the caller says the reader may see them.</summary>
public sealed class LetterQueries(MissionControlDb db)
{
    /// <summary>A mission's letters, newest first.</summary>
    public Task<List<LetterSummary>> ListAsync(int missionId, bool includeDrafts, CancellationToken ct = default) =>
        db.MissionLetters.AsNoTracking()
            .Where(l => l.MissionId == missionId && (includeDrafts || l.Status != LetterStatus.Draft))
            .OrderByDescending(l => l.Number)
            .Select(l => new LetterSummary(l.Id, l.Number, l.Status, l.IssuedAt, l.AcknowledgedAt))
            .ToListAsync(ct);

    /// <summary>The letter in force: the mission's issued or acknowledged letter, if any.</summary>
    public Task<LetterSummary?> InForceAsync(int missionId, CancellationToken ct = default) =>
        db.MissionLetters.AsNoTracking()
            .Where(l => l.MissionId == missionId && (l.Status == LetterStatus.Issued || l.Status == LetterStatus.Acknowledged))
            .OrderByDescending(l => l.Number)
            .Select(l => new LetterSummary(l.Id, l.Number, l.Status, l.IssuedAt, l.AcknowledgedAt))
            .FirstOrDefaultAsync(ct);

    public Task<LetterAccess?> AccessAsync(int id, CancellationToken ct = default) =>
        db.MissionLetters.AsNoTracking().Where(l => l.Id == id)
            .Join(db.Missions, l => l.MissionId, m => m.Id, (l, m) => new LetterAccess(l.Id, m.Id, m.Slug, m.Status, l.Status))
            .FirstOrDefaultAsync(ct);

    /// <summary>True when the user owns the mission (administrators are the centre, not the owner).</summary>
    public Task<bool> IsOwnerAsync(int missionId, string? userId, CancellationToken ct = default) =>
        userId is null
            ? Task.FromResult(false)
            : db.MissionOwnerships.AsNoTracking().AnyAsync(o => o.MissionId == missionId && o.UserId == userId, ct);

    /// <summary>The whole letter; <paramref name="includeDrafts"/> decides whether a later draft shows as its next version.</summary>
    public async Task<LetterDetail?> FindAsync(int id, bool includeDrafts, CancellationToken ct = default)
    {
        var row = await db.MissionLetters.AsNoTracking().Where(l => l.Id == id)
            .Join(db.Missions, l => l.MissionId, m => m.Id, (l, m) => new { Letter = l, m.Slug, m.Title, m.OwnerName, m.OwnerTitle })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var l = row.Letter;
        var neighbours = await db.MissionLetters.AsNoTracking()
            .Where(x => x.MissionId == l.MissionId && (x.Number == l.Number - 1 || x.Number == l.Number + 1) && (includeDrafts || x.Status != LetterStatus.Draft))
            .Select(x => new LetterSummary(x.Id, x.Number, x.Status, x.IssuedAt, x.AcknowledgedAt))
            .ToListAsync(ct);

        // Who issued and who acknowledged, by the names people know them by rather than their sign-in names.
        var userNames = new[] { l.IssuedBy, l.AcknowledgedBy }.OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!) && u.DisplayName != null)
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName!, ct);
        string? Name(string? userName) => userName is null ? null : names.GetValueOrDefault(userName, userName);

        return new LetterDetail(l.Id, l.Number, l.Status, row.Slug, row.Title, new AddresseeView(row.OwnerName, row.OwnerTitle), l.Landmark,
            [.. l.Goals.Select(g => new LetterGoalView(g.Text, g.Due))], l.Scope, l.Stakeholders, l.Milestones, l.ReportingCadence, l.NoLongerPriorities,
            l.CreatedAt, l.IssuedAt, Name(l.IssuedBy), l.AcknowledgedAt, Name(l.AcknowledgedBy), l.SupersededAt,
            neighbours.FirstOrDefault(n => n.Version == l.Number - 1), neighbours.FirstOrDefault(n => n.Version == l.Number + 1));
    }

    /// <summary>The letter and what changed since the version before it.</summary>
    public async Task<LetterChanges?> ChangesAsync(int id, bool includeDrafts, CancellationToken ct = default)
    {
        var detail = await FindAsync(id, includeDrafts, ct);
        if (detail is null)
        {
            return null;
        }

        var previousId = detail.Previous?.Id;
        var letters = await db.MissionLetters.AsNoTracking().Where(l => l.Id == id || l.Id == previousId).ToListAsync(ct);
        var current = letters.Single(l => l.Id == id);
        var previous = letters.FirstOrDefault(l => l.Id != id);
        return new LetterChanges(detail, previous is null ? [] : LetterDiff.Compare(LetterText.Of(previous), LetterText.Of(current)));
    }
}
