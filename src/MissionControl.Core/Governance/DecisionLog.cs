using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>Where a decision in a mission's log was taken.</summary>
public enum DecisionSource
{
    /// <summary>A stage-gate decision on one of the mission's initiatives.</summary>
    GateDecision,

    /// <summary>A decision recorded at a stocktake.</summary>
    StocktakeDecision,

    /// <summary>The centre issued a mission letter to the mission's owner.</summary>
    LetterIssued,
}

/// <summary>
/// One decision in a mission's log. <c>Status</c> is a stocktake decision's open/done/dropped; <c>Subject</c> the
/// initiative's slug for a gate decision; <c>Link</c> the page where the decision is recorded in full.
/// </summary>
public sealed record DecisionLogEntry(
    DecisionSource Source, DateTimeOffset At, string Title, string Text, string? By, string? Subject, string? Status, bool Public, string Link);

/// <summary>Narrows a decision log; every field is optional.</summary>
public sealed record DecisionLogFilter(DecisionSource? Source = null, DateOnly? From = null, DateOnly? To = null, string? Text = null);

/// <summary>
/// Every decision of a mission — gate decisions, stocktake decisions and letters issued — in one timeline, newest
/// first. Gate decisions and issued letters are public; a stocktake decision is public only when marked so.
/// </summary>
public sealed class DecisionLog(MissionControlDb db)
{
    /// <summary>The log, or null when there is no such mission (or it is a draft the reader may not see).</summary>
    public async Task<List<DecisionLogEntry>?> ForMissionAsync(
        string missionSlug, DecisionLogFilter filter, bool includeDrafts, bool includeNonPublic, CancellationToken ct = default)
    {
        var missionId = await db.Missions.AsNoTracking()
            .Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is not { } id)
        {
            return null;
        }

        var entries = new List<DecisionLogEntry>();
        if (filter.Source is null or DecisionSource.GateDecision)
        {
            var gates = await db.GateDecisions.AsNoTracking()
                .Join(db.Initiatives, g => g.InitiativeId, i => i.Id, (g, i) => new { Gate = g, i.MissionId, i.Slug, i.Title })
                .Where(x => x.MissionId == id)
                .ToListAsync(ct);
            entries.AddRange(gates.Select(x => new DecisionLogEntry(
                DecisionSource.GateDecision, x.Gate.DecidedAt,
                $"{x.Title}: {Codes.ToCode(x.Gate.Decision)} ({Codes.ToCode(x.Gate.FromStage)} → {Codes.ToCode(x.Gate.ToStage)})",
                x.Gate.Rationale, x.Gate.DecidedBy, x.Slug, null, Public: true, $"/initiatives/{x.Slug}#gate-decisions")));
        }

        if (filter.Source is null or DecisionSource.StocktakeDecision)
        {
            var decisions = await db.StocktakeDecisions.AsNoTracking()
                .Where(d => d.MissionId == id && (includeNonPublic || d.Public))
                .Join(db.Stocktakes, d => d.StocktakeId, s => s.Id, (d, s) => new { Decision = d, s.Date })
                .ToListAsync(ct);
            entries.AddRange(decisions.Select(x => new DecisionLogEntry(
                DecisionSource.StocktakeDecision, x.Decision.DecidedAt,
                "Stocktake of " + x.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), x.Decision.Text, x.Decision.Owner, null,
                Codes.ToCode(x.Decision.Status), x.Decision.Public, $"/stocktakes/{x.Decision.StocktakeId}")));
        }

        if (filter.Source is null or DecisionSource.LetterIssued)
        {
            var letters = await db.MissionLetters.AsNoTracking()
                .Where(l => l.MissionId == id && l.IssuedAt != null)
                .ToListAsync(ct);
            entries.AddRange(letters.Select(l => new DecisionLogEntry(
                DecisionSource.LetterIssued, l.IssuedAt!.Value, $"Mission letter, version {l.Number}, issued",
                l.Scope ?? l.Landmark, l.IssuedBy, null, Codes.ToCode(l.Status), Public: true, $"/letters/{l.Id}")));
        }

        return [.. Apply(entries, filter)];
    }

    /// <summary>The date and text filters, newest first; the same rules for every source.</summary>
    public static IEnumerable<DecisionLogEntry> Apply(IEnumerable<DecisionLogEntry> entries, DecisionLogFilter filter)
    {
        var text = filter.Text?.Trim();
        return entries
            .Where(e => filter.From is not { } from || DateOnly.FromDateTime(e.At.UtcDateTime) >= from)
            .Where(e => filter.To is not { } to || DateOnly.FromDateTime(e.At.UtcDateTime) <= to)
            .Where(e => string.IsNullOrEmpty(text)
                || e.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.At);
    }
}
