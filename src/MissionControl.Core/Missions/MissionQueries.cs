using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Missions;

/// <summary>Reads of missions for pages and the API: no tracking, projected, assessments read as stored.</summary>
public sealed class MissionQueries(MissionControlDb db)
{
    /// <summary>Missions in the centre's priority order. Drafts only for those who may see them.</summary>
    public async Task<List<MissionSummary>> ListAsync(bool includeDrafts, CancellationToken ct = default)
    {
        var rows = await db.Missions.AsNoTracking()
            .Where(m => includeDrafts || m.Status != MissionStatus.Draft)
            .OrderBy(m => m.Priority).ThenBy(m => m.Title)
            .Select(m => new
            {
                Mission = m,
                ParentSlug = m.ParentMission != null ? m.ParentMission.Slug : null,
                Key = m.Indicators.FirstOrDefault(i => i.Role == IndicatorRole.Key),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MissionSummary(r.Mission.Slug, r.Mission.Title, r.Mission.Landmark, r.Mission.Level,
            r.Mission.Deadline, r.Mission.Status, r.ParentSlug, r.Key is null ? null : Summarise(r.Key)))];
    }

    public async Task<MissionDetail?> FindAsync(string slug, bool includeDrafts, CancellationToken ct = default)
    {
        var row = await db.Missions.AsNoTracking()
            .Where(m => m.Slug == slug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new
            {
                Mission = m,
                LeadSlug = m.LeadOrganisation != null ? m.LeadOrganisation.Slug : null,
                LeadName = m.LeadOrganisation != null ? m.LeadOrganisation.Name : null,
                Parent = m.ParentMission == null ? null : new
                {
                    m.ParentMission.Slug,
                    m.ParentMission.Title,
                    m.ParentMission.Level,
                    m.ParentMission.Status,
                    KeyStatus = m.ParentMission.Indicators.Where(i => i.Role == IndicatorRole.Key).Select(i => (AssessmentStatus?)i.Assessment.Status).FirstOrDefault(),
                },
                Indicators = m.Indicators.OrderBy(i => i.Name).ToList(),
                Children = m.ChildMissions
                    .Where(c => includeDrafts || c.Status != MissionStatus.Draft)
                    .OrderBy(c => c.Priority).ThenBy(c => c.Title)
                    .Select(c => new
                    {
                        c.Slug,
                        c.Title,
                        c.Level,
                        c.Status,
                        KeyStatus = c.Indicators.Where(i => i.Role == IndicatorRole.Key).Select(i => (AssessmentStatus?)i.Assessment.Status).FirstOrDefault(),
                    }).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var m = row.Mission;
        var key = row.Indicators.FirstOrDefault(i => i.Role == IndicatorRole.Key);
        return new MissionDetail(m.Slug, m.Title, m.Landmark, m.ProblemStatement, m.Level, m.Deadline, m.Status,
            row.Parent?.Slug, m.PolicyAreas, m.OwnerName, m.OwnerTitle, row.LeadSlug, row.LeadName,
            key is null ? null : Summarise(key),
            [.. row.Indicators.Where(i => i.Role == IndicatorRole.Supporting && i.InitiativeId == null).Select(Summarise)],
            row.Parent is null ? null : new MissionLink(row.Parent.Slug, row.Parent.Title, row.Parent.Level, row.Parent.Status, row.Parent.KeyStatus),
            [.. row.Children.Select(c => new MissionLink(c.Slug, c.Title, c.Level, c.Status, c.KeyStatus))],
            m.ReviewCadenceMonths, m.FollowUpMonths,
            m.UpdatedAt == default ? m.CreatedAt : m.UpdatedAt, m.Version);
    }

    /// <summary>The active missions for the public dashboard, with the data of each key figure's trend line.</summary>
    public async Task<List<MissionCard>> DashboardAsync(CancellationToken ct = default)
    {
        var rows = await db.Missions.AsNoTracking()
            .Where(m => m.Status == MissionStatus.Active)
            .OrderBy(m => m.Priority).ThenBy(m => m.Title)
            .Select(m => new { Mission = m, Key = m.Indicators.FirstOrDefault(i => i.Role == IndicatorRole.Key) })
            .ToListAsync(ct);
        var keyIds = rows.Where(r => r.Key is not null).Select(r => r.Key!.Id).ToList();
        var series = await new IndicatorQueries(db).HeadlineSeriesAsync(keyIds, ct);
        return [.. rows.Select(r =>
        {
            var key = r.Key;
            var plan = key is null ? null : Trajectory.Plan(key.Baseline, key.MilestonePoints, key.Target);
            var updated = new[] { r.Mission.UpdatedAt, r.Mission.CreatedAt, key?.UpdatedAt ?? default, key?.Assessment.AssessedAt ?? default }.Max();
            return new MissionCard(r.Mission.Slug, r.Mission.Title, r.Mission.Landmark, r.Mission.Level, r.Mission.Deadline,
                r.Mission.OwnerName, r.Mission.OwnerTitle, key is null ? null : Summarise(key), key?.Illustrative ?? false,
                key is not null && series.TryGetValue(key.Id, out var points) ? points : [],
                plan?.Points ?? [], updated);
        })];
    }

    public static IndicatorSummary Summarise(Indicator i) => new(
        i.Slug, i.Name, i.Unit, i.Direction,
        PointView.Of(i.BaselinePeriod, i.BaselineValue), PointView.Of(i.TargetPeriod, i.TargetValue),
        PointView.Of(i.Assessment.LatestPeriod, i.Assessment.LatestValue), AssessmentSummary.Of(i.Assessment));
}
