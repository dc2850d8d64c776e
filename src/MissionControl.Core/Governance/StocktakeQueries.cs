using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>
/// Reads of stocktakes. The public sees the dates, the agenda and the decisions marked public; signed-in staff
/// (<c>staff</c>) also see the minutes and every decision.
/// </summary>
public sealed class StocktakeQueries(MissionControlDb db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    /// <summary>A mission's stocktakes, latest first; null when there is no such (visible) mission.</summary>
    public async Task<List<StocktakeSummary>?> ListAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var missionId = await MissionIdAsync(missionSlug, includeDrafts, ct);
        if (missionId is null)
        {
            return null;
        }

        var rows = await db.Stocktakes.AsNoTracking().Where(s => s.MissionId == missionId)
            .Select(s => new { s.Id, s.Date, s.BodyId, Items = s.Agenda.Count })
            .ToListAsync(ct);
        var names = await BodyNamesAsync([.. rows.Where(r => r.BodyId != null).Select(r => r.BodyId!.Value)], ct);
        var today = Today;
        return [.. rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Select(r => new StocktakeSummary(r.Id, r.Date, r.BodyId, r.BodyId is { } b ? names.GetValueOrDefault(b) : null, r.Items, r.Date >= today))];
    }

    public async Task<StocktakeView?> FindAsync(int id, bool includeDrafts, bool staff, CancellationToken ct = default)
    {
        var stocktake = await db.Stocktakes.AsNoTracking().Include(s => s.Agenda).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stocktake is null)
        {
            return null;
        }

        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Id == stocktake.MissionId && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new { m.Slug, m.Title }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return null;
        }

        var bodyName = stocktake.BodyId is { } bodyId ? (await BodyNamesAsync([bodyId], ct)).GetValueOrDefault(bodyId) : null;
        var decisions = (await DecisionsAsync(stocktake.MissionId, ct)).Where(d => staff || d.Public).ToList();
        var own = decisions.Where(d => d.StocktakeId == id).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToList();
        var carried = decisions
            .Where(d => IsEarlier(d.StocktakeDate, d.StocktakeId, stocktake.Date, stocktake.Id)
                && (d.Status == ActionStatus.Open || d.ClosedAt >= stocktake.CreatedAt))
            .OrderBy(d => d.StocktakeDate).ThenBy(d => d.Id).ToList();

        // An open action from a decision the public may not see is left off the public agenda.
        var visible = decisions.Select(d => d.Id).ToHashSet();
        var agenda = stocktake.Agenda
            .Where(a => staff || a.Kind != AgendaKind.ActionOpen || (StocktakeAgenda.DecisionId(a.Subject) is { } decision && visible.Contains(decision)))
            .Select(a => new AgendaItemView(a.Kind, a.Subject, a.Text)).ToList();
        return new StocktakeView(stocktake.Id, mission.Slug, mission.Title, stocktake.Date, stocktake.BodyId, bodyName, agenda,
            staff ? stocktake.Minutes : null, own, carried, stocktake.CreatedAt);
    }

    /// <summary>
    /// A mission's meetings for its calendar: every stocktake, past and scheduled, and the next meeting of each of the
    /// mission's bodies that has a cadence and no stocktake scheduled yet, projected from that cadence.
    /// </summary>
    public async Task<List<MeetingView>?> MeetingsAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var governance = await new BodyQueries(db).GovernanceAsync(missionSlug, includeDrafts, ct);
        var stocktakes = await ListAsync(missionSlug, includeDrafts, ct);
        if (governance is null || stocktakes is null)
        {
            return null;
        }

        var meetings = stocktakes.Select(s => new MeetingView(s.Date, s.Id, s.BodyId, s.BodyName, false, null)).ToList();
        meetings.AddRange(governance.Bodies
            .Where(b => b.MissionSlug is not null && b.NextMeeting is { Projected: true })
            .Select(b => new MeetingView(b.NextMeeting!.Date, null, b.Id, b.Name, true, b.Cadence)));
        return [.. meetings.OrderBy(m => m.Date).ThenBy(m => m.StocktakeId ?? int.MaxValue)];
    }

    /// <summary>Stocktakes are ordered by date, and by when they were created on the same date.</summary>
    public static bool IsEarlier(DateOnly date, int id, DateOnly thanDate, int thanId) => date < thanDate || (date == thanDate && id < thanId);

    private async Task<List<StocktakeDecisionView>> DecisionsAsync(int missionId, CancellationToken ct) =>
        await db.StocktakeDecisions.AsNoTracking().Where(d => d.MissionId == missionId)
            .Join(db.Stocktakes, d => d.StocktakeId, s => s.Id, (d, s) => new StocktakeDecisionView(
                d.Id, d.StocktakeId, s.Date, d.Text, d.Owner, d.Due, d.Status, d.Public, d.DecidedAt, d.ClosedAt))
            .ToListAsync(ct);

    public static StocktakeDecisionView ToView(StocktakeDecision d, DateOnly stocktakeDate) =>
        new(d.Id, d.StocktakeId, stocktakeDate, d.Text, d.Owner, d.Due, d.Status, d.Public, d.DecidedAt, d.ClosedAt);

    private Task<int?> MissionIdAsync(string missionSlug, bool includeDrafts, CancellationToken ct) =>
        db.Missions.AsNoTracking().Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

    private async Task<Dictionary<int, string>> BodyNamesAsync(List<int> ids, CancellationToken ct) =>
        await db.GovernanceBodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
}
