using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Indicators;

/// <summary>Reads of indicators for pages and the API: no tracking, projected, never recomputing a series.</summary>
public sealed class IndicatorQueries(MissionControlDb db)
{
    /// <summary>Null when the indicator does not exist or belongs to a draft mission the caller may not see.</summary>
    public async Task<IndicatorDetail?> FindAsync(string slug, bool includeDrafts, CancellationToken ct = default)
    {
        var row = await db.Indicators.AsNoTracking()
            .Where(i => i.Slug == slug && (includeDrafts || i.Mission!.Status != MissionStatus.Draft))
            .Select(i => new
            {
                Indicator = i,
                MissionSlug = i.Mission!.Slug,
                MissionTitle = i.Mission.Title,
                InitiativeSlug = db.Initiatives.Where(x => x.Id == i.InitiativeId).Select(x => x.Slug).FirstOrDefault(),
                SourceOrganisationSlug = i.SourceOrganisation != null ? i.SourceOrganisation.Slug : null,
                SourceOrganisationName = i.SourceOrganisation != null ? i.SourceOrganisation.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var i = row.Indicator;
        var a = i.Assessment;
        return new IndicatorDetail(
            i.Slug, row.MissionSlug, row.MissionTitle, row.InitiativeSlug, i.Role, i.Name, i.Description, i.Unit, i.Direction, i.Frequency,
            PointView.Of(i.BaselinePeriod, i.BaselineValue), PointView.Of(i.TargetPeriod, i.TargetValue),
            [.. i.Milestones.OrderBy(m => Period.Parse(m.Period)).Select(m => new PointView(m.Period, m.Value))],
            i.Source, i.SourceUrl, row.SourceOrganisationSlug, row.SourceOrganisationName, i.Provenance, i.Illustrative,
            PointView.Of(a.LatestPeriod, a.LatestValue), ToView(i), i.UpdatedAt, i.Version);
    }

    public static AssessmentView ToView(Indicator i)
    {
        var a = i.Assessment;
        return new AssessmentView(a.Status, a.Method.ToCode(),
            PointView.Of(a.BaselinePeriod, a.BaselineValue) ?? PointView.Of(i.BaselinePeriod, i.BaselineValue),
            PointView.Of(a.LatestPeriod, a.LatestValue), PointView.Of(i.TargetPeriod, i.TargetValue),
            a.ObservedGrowth, a.RequiredGrowth, a.Ratio,
            new ForecastView(a.ForecastValueAtTarget, a.ForecastTargetReachedPeriod, a.ForecastSlopePerYear, a.ForecastIntercept), a.Reason, a.AssessedAt);
    }

    /// <summary>Observations in time order, headline first within a period; optionally one breakdown only.</summary>
    public async Task<List<ObservationView>> ObservationsAsync(string slug, string? breakdown, CancellationToken ct = default)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => db.Indicators.Any(i => i.Id == o.IndicatorId && i.Slug == slug))
            .Where(o => breakdown == null || o.Breakdown == breakdown)
            .OrderBy(o => o.PeriodStart).ThenBy(o => o.Breakdown)
            .ToListAsync(ct);
        return [.. rows.Select(ToView)];
    }

    public async Task<List<Observation>> ObservationEntitiesAsync(int indicatorId, CancellationToken ct = default) =>
        await db.Observations.AsNoTracking().Where(o => o.IndicatorId == indicatorId)
            .OrderBy(o => o.PeriodStart).ThenBy(o => o.Breakdown).ToListAsync(ct);

    public static ObservationView ToView(Observation o) =>
        new(o.Period, o.Value, o.Breakdown.Length == 0 ? null : o.Breakdown, [.. ObservationCsv.FlagsOf(o)], o.SourceNote);

    /// <summary>The headline series of several indicators at once, for sparklines on lists.</summary>
    public async Task<Dictionary<int, List<DataPoint>>> HeadlineSeriesAsync(IReadOnlyCollection<int> indicatorIds, CancellationToken ct = default)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => indicatorIds.Contains(o.IndicatorId) && o.Breakdown == Observation.Headline)
            .OrderBy(o => o.PeriodStart)
            .Select(o => new { o.IndicatorId, o.Period, o.Value })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.IndicatorId)
            .ToDictionary(g => g.Key, g => g.Select(r => new DataPoint(Period.Parse(r.Period), r.Value)).ToList());
    }
}
