using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>Reads of governance bodies: a mission's chain of command, the bodies across missions, one body.</summary>
public sealed class BodyQueries(MissionControlDb db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    /// <summary>Null when there is no such mission (or it is a draft and drafts are not to be shown).</summary>
    public async Task<GovernanceView?> GovernanceAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new { m.Id, m.Slug, m.Title }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return null;
        }

        var candidates = await db.GovernanceBodies.AsNoTracking().Include(b => b.Members)
            .Where(b => b.MissionId == mission.Id || b.MissionId == null).ToListAsync(ct);
        var byId = candidates.ToDictionary(b => b.Id);
        var shown = candidates.Where(b => b.MissionId == mission.Id).ToList();

        // The bodies across missions that this mission's bodies report to, however far up.
        var seen = shown.Select(b => b.Id).ToHashSet();
        for (var i = 0; i < shown.Count; i++)
        {
            if (shown[i].ReportsToId is { } up && byId.TryGetValue(up, out var parent) && seen.Add(parent.Id))
            {
                shown.Add(parent);
            }
        }

        return new GovernanceView(mission.Slug, mission.Title, await ViewsAsync(shown, mission.Slug, ct));
    }

    /// <summary>The bodies that work across missions, such as the centre's steering committee.</summary>
    public async Task<List<BodyView>> AcrossMissionsAsync(CancellationToken ct = default)
    {
        var bodies = await db.GovernanceBodies.AsNoTracking().Include(b => b.Members).Where(b => b.MissionId == null).ToListAsync(ct);
        return await ViewsAsync(bodies, null, ct);
    }

    /// <summary>One body; null when there is none, or it belongs to a draft mission and drafts are not to be shown.</summary>
    public async Task<BodyView?> FindAsync(int id, bool includeDrafts, CancellationToken ct = default)
    {
        var body = await db.GovernanceBodies.AsNoTracking().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (body is null)
        {
            return null;
        }

        string? missionSlug = null;
        if (body.MissionId is { } missionId)
        {
            missionSlug = await db.Missions.AsNoTracking().Where(m => m.Id == missionId && (includeDrafts || m.Status != MissionStatus.Draft))
                .Select(m => m.Slug).FirstOrDefaultAsync(ct);
            if (missionSlug is null)
            {
                return null;
            }
        }

        return (await ViewsAsync([body], missionSlug, ct))[0];
    }

    private async Task<List<BodyView>> ViewsAsync(List<GovernanceBody> bodies, string? missionSlug, CancellationToken ct)
    {
        var ids = bodies.Select(b => b.Id).ToList();
        var meetings = await db.Stocktakes.AsNoTracking().Where(s => s.BodyId != null && ids.Contains(s.BodyId.Value))
            .Select(s => new { BodyId = s.BodyId!.Value, s.Id, s.Date }).ToListAsync(ct);
        var today = Today;
        return [.. bodies.OrderBy(b => b.MissionId is null ? 0 : 1).ThenBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal).Select(b =>
        {
            var own = meetings.Where(m => m.BodyId == b.Id).ToList();
            var upcoming = own.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id).FirstOrDefault();
            NextMeetingView? next = upcoming is not null
                ? new NextMeetingView(upcoming.Date, false, upcoming.Id)
                : b.Cadence is { } cadence
                    ? new NextMeetingView(MeetingSchedule.NextMeeting(cadence, own.Count > 0 ? own.Max(m => m.Date) : DateOnly.FromDateTime(b.CreatedAt.UtcDateTime), today), true, null)
                    : null;
            return new BodyView(b.Id, b.MissionId is null ? null : missionSlug, b.Kind, b.Name, b.Mandate, b.Cadence, b.ReportsToId,
                [.. b.Members.Select(m => new BodyMemberView(m.Name, m.Organisation, m.Role, m.InitiativeSlugs))], next, b.Version);
        })];
    }
}
