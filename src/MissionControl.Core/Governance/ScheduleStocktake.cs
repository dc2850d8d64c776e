using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Governance;

/// <summary>What <c>POST /api/v1/missions/{slug}/stocktakes</c> takes.</summary>
public sealed record StocktakeInput
{
    /// <summary>yyyy-MM-dd. May be left out when the body has a cadence: the body's next meeting is then taken.</summary>
    public string? Date { get; init; }

    /// <summary>The governance body that meets: one of the mission's or one across missions.</summary>
    public int? BodyId { get; init; }
}

/// <summary>
/// Schedules (or records) a stocktake and generates its agenda from the data as it stands now
/// (<see cref="StocktakeAgenda"/>). It keeps a snapshot of the indicators' statuses so the next stocktake can tell what
/// worsened. The previous stocktake is the mission's latest one dated on or before this one's date.
/// </summary>
public sealed class ScheduleStocktake(MissionControlDb db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    public async Task<Outcome<Stocktake>> ScheduleAsync(string missionSlug, StocktakeInput input, CancellationToken ct = default)
    {
        var missionId = await db.Missions.Where(m => m.Slug == missionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is not { } mission)
        {
            return Outcome<Stocktake>.NotFound($"There is no mission '{missionSlug}'.");
        }

        var errors = new ValidationErrors();
        var date = Dates.Parse(input.Date, "date", errors);
        GovernanceBody? body = null;
        if (input.BodyId is { } bodyId)
        {
            body = await db.GovernanceBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId && (b.MissionId == mission || b.MissionId == null), ct);
            if (body is null)
            {
                errors.Add("bodyId", $"There is no governance body {bodyId} of this mission or across missions.");
            }
        }

        if (date is null && !errors.Any)
        {
            if (body?.Cadence is { } cadence)
            {
                date = await NextMeetingAsync(body, cadence, ct);
            }
            else
            {
                errors.Add("date", body is null
                    ? "Enter the date of the stocktake, e.g. 2026-03-01."
                    : $"Enter the date of the stocktake: {body.Name} has no meeting cadence to schedule it from.");
            }
        }

        if (date is { } day && await db.Stocktakes.AnyAsync(s => s.MissionId == mission && s.Date == day && s.BodyId == input.BodyId, ct))
        {
            errors.Add("date", $"There is already a stocktake {(body is null ? "of the mission" : $"of {body.Name}")} on {Dates.Format(day)}.");
        }

        if (errors.Any)
        {
            return Outcome<Stocktake>.Invalid(errors);
        }

        var stocktake = await GenerateAsync(mission, date!.Value, ct);
        stocktake.BodyId = body?.Id;
        db.Stocktakes.Add(stocktake);
        await db.SaveChangesAsync(ct);
        return Outcome<Stocktake>.Ok(stocktake);
    }

    /// <summary>The body's next meeting after its latest stocktake (or after it was set up), on or after today.</summary>
    public async Task<DateOnly> NextMeetingAsync(GovernanceBody body, MeetingCadence cadence, CancellationToken ct = default)
    {
        var latest = await db.Stocktakes.AsNoTracking().Where(s => s.BodyId == body.Id)
            .OrderByDescending(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(ct);
        return MeetingSchedule.NextMeeting(cadence, latest ?? DateOnly.FromDateTime(body.CreatedAt.UtcDateTime), Today);
    }

    private async Task<Stocktake> GenerateAsync(int missionId, DateOnly date, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.MissionId == missionId && i.InitiativeId == null)
            .Select(i => new IndicatorState(i.Slug, i.Name, i.Role == Indicators.IndicatorRole.Key, i.Assessment.Status))
            .ToListAsync(ct);

        var previous = await db.Stocktakes.AsNoTracking().Include(s => s.Statuses)
            .Where(s => s.MissionId == missionId && s.Date <= date)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(ct);

        var open = GateRules.Sequence.Where(s => !GateRules.IsTerminal(s)).ToList();
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.MissionId == missionId && open.Contains(i.Stage))
            .Select(i => new { i.Id, i.Slug, i.Title, i.Stage, i.DeliveryConfidence, i.NextReviewDue })
            .ToListAsync(ct);
        var ids = initiatives.Select(i => i.Id).ToList();
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.InitiativeId))
            .Select(r => new { r.InitiativeId, r.Id, r.ReviewedOn, r.Recommendation }).ToListAsync(ct);
        var gates = await db.GateDecisions.AsNoTracking().Where(g => ids.Contains(g.InitiativeId))
            .Select(g => new { g.InitiativeId, g.DecidedAt }).ToListAsync(ct);
        var states = initiatives.Select(i =>
        {
            var latest = reviews.Where(r => r.InitiativeId == i.Id).OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).FirstOrDefault();
            var decided = gates.Where(g => g.InitiativeId == i.Id).Select(g => (DateOnly?)DateOnly.FromDateTime(g.DecidedAt.UtcDateTime)).Max();
            return new InitiativeState(i.Slug, i.Title, i.Stage, i.DeliveryConfidence, i.NextReviewDue, latest?.ReviewedOn, latest?.Recommendation, decided);
        }).ToList();

        var decisions = await db.StocktakeDecisions.AsNoTracking()
            .Where(d => d.MissionId == missionId && d.Status == ActionStatus.Open)
            .Join(db.Stocktakes.Where(s => s.Date <= date), d => d.StocktakeId, s => s.Id,
                (d, s) => new OpenDecision(d.Id, d.Text, d.Owner, d.Due, s.Date))
            .ToListAsync(ct);

        var agenda = StocktakeAgenda.Generate(new AgendaInputs(indicators, previous?.Statuses, previous?.Date, states, decisions, Today));
        return new Stocktake
        {
            MissionId = missionId,
            Date = date,
            Agenda = agenda,
            Statuses = [.. indicators.Select(i => new StatusSnapshot { IndicatorSlug = i.Slug, Status = i.Status })],
            CreatedAt = db.Now,
        };
    }
}
