using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Governance;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Governance;

/// <summary>
/// Governance bodies (the chain of command), stocktakes with their generated agenda, minutes and decisions, and a
/// mission's meetings as an iCalendar feed. The mission's owners and administrators manage them; bodies across
/// missions are the administrators'.
/// </summary>
public static class StocktakesApi
{
    public static IServiceCollection AddBodiesAndStocktakes(this IServiceCollection services) => services
        .AddScoped<SaveBody>().AddScoped<BodyQueries>().AddScoped<ScheduleStocktake>().AddScoped<RecordMinutes>()
        .AddScoped<RecordStocktakeDecision>().AddScoped<StocktakeQueries>().AddScoped<GovernanceRights>();

    public static IEndpointRouteBuilder MapBodiesAndStocktakes(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/v1/missions/{slug}").WithTags("Governance");

        missions.MapGet("/governance", GovernanceAsync)
            .WithName("GetGovernance")
            .WithSummary("A mission's governance bodies, their members and reporting lines (the chain of command)")
            .WithDescription("Public. `bodies` holds the mission's bodies and the bodies across missions they report to (`missionSlug` null). " +
                "`kind`: mission-board, secretariat, delivery-team, advisory-board, ambassadors, visionary-council, steering-committee. " +
                "`members[].role`: chair, member, secretary, ambassador, adviser. `nextMeeting` is a scheduled stocktake, or a date projected from the cadence (`projected: true`).")
            .AllowAnonymous();

        missions.MapPost("/governance/bodies", CreateBodyAsync)
            .WithName("CreateMissionBody")
            .WithSummary("Add a governance body to a mission")
            .WithDescription("The mission's owners and administrators. Required: kind, name. Optional: mandate, cadence (weekly, fortnightly, monthly, " +
                "quarterly, half-yearly, yearly), reportsToId (a body of the same mission or one across missions), members [{name, organisation, role, initiativeSlugs}]. " +
                "Only advisers, ambassadors and members of an advisory board or of ambassadors are assigned to initiatives.")
            .RequireAuthorization(Policies.ApiWriter);

        missions.MapGet("/stocktakes", ListStocktakesAsync)
            .WithName("ListStocktakes")
            .WithSummary("A mission's stocktakes, latest first")
            .AllowAnonymous();

        missions.MapPost("/stocktakes", ScheduleAsync)
            .WithName("ScheduleStocktake")
            .WithSummary("Schedule a stocktake; its agenda is generated from the data")
            .WithDescription("The mission's owners and administrators. `{date, bodyId?}`; date may be left out when the body has a cadence (its next meeting is taken). " +
                "`agenda[].kind`: status-worsened (an indicator's status is worse than at the previous stocktake, on achieved < on-track < moderate < insufficient < moving-away), " +
                "indicator-off-track (moderate, insufficient or moving-away), initiative-red (rated red or amber-red), review-overdue, " +
                "decision-pending (an open initiative reviewed since its last gate decision), action-open (a decision of an earlier stocktake still open). " +
                "`subject` is the indicator's or initiative's slug, or `decision-{id}`. The statuses are kept for the next stocktake's comparison.")
            .RequireAuthorization(Policies.ApiWriter);

        var bodies = app.MapGroup("/api/v1/governance/bodies").WithTags("Governance");

        bodies.MapGet("/", async (BodyQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.AcrossMissionsAsync(ct)))
            .WithName("ListBodiesAcrossMissions")
            .WithSummary("Governance bodies that work across missions, such as the centre's steering committee")
            .AllowAnonymous();

        bodies.MapPost("/", (BodyInput input, SaveBody save, BodyQueries queries, Caller caller, CancellationToken ct) =>
                CreateAsync(null, input, save, queries, caller, ct))
            .WithName("CreateBodyAcrossMissions")
            .WithSummary("Add a governance body that works across missions")
            .WithDescription("Administrators. The same fields as a mission's body; it reports only to another body across missions.")
            .RequireAuthorization(Policies.ApiWriter);

        bodies.MapGet("/{id:int}", GetBodyAsync)
            .WithName("GetBody")
            .WithSummary("One governance body with its members")
            .AllowAnonymous();

        bodies.MapPut("/{id:int}", UpdateBodyAsync)
            .WithName("UpdateBody")
            .WithSummary("Change a governance body; the members sent replace its members")
            .WithDescription("The mission's owners and administrators; administrators for a body across missions. Send `If-Match` with the " +
                "body's `version` (as read) to refuse a change made from a stale copy (412).")
            .RequireAuthorization(Policies.ApiWriter);

        var stocktakes = app.MapGroup("/api/v1/stocktakes").WithTags("Governance");

        stocktakes.MapGet("/{id:int}", GetStocktakeAsync)
            .WithName("GetStocktake")
            .WithSummary("A stocktake with its agenda, minutes, decisions and the decisions carried over to it")
            .WithDescription("Public: date, agenda and the decisions marked public. Signed-in staff also see the minutes and every decision. " +
                "`carriedOver`: decisions of earlier stocktakes that are still open, or were open when this one was scheduled and have been closed since.")
            .AllowAnonymous();

        stocktakes.MapPut("/{id:int}/minutes", MinutesAsync)
            .WithName("RecordMinutes")
            .WithSummary("Write a stocktake's minutes (the whole text)")
            .WithDescription("The mission's owners and administrators. `{minutes}`; empty clears them. Minutes are shown to signed-in staff only.")
            .RequireAuthorization(Policies.ApiWriter);

        stocktakes.MapPost("/{id:int}/decisions", DecideAsync)
            .WithName("RecordStocktakeDecision")
            .WithSummary("Record a decision taken at a stocktake")
            .WithDescription("The mission's owners and administrators. `{text, owner?, due?, public}`. It is open, and appears as an action-open item " +
                "on every later stocktake's agenda until it is done or dropped. `public: true` shows it to the public.")
            .RequireAuthorization(Policies.ApiWriter);

        app.MapPatch("/api/v1/stocktake-decisions/{id:int}", ChangeDecisionAsync)
            .WithTags("Governance")
            .WithName("ChangeStocktakeDecision")
            .WithSummary("Close (or change) a stocktake decision")
            .WithDescription("The mission's owners and administrators. Only the fields sent change: `status` (open, done, dropped), text, owner, due, public.")
            .RequireAuthorization(Policies.ApiWriter);

        app.MapGet("/missions/{slug}/meetings.ics", CalendarAsync)
            .WithTags("Governance")
            .WithName("GetMeetingsCalendar")
            .WithSummary("A mission's meetings as an iCalendar feed")
            .WithDescription("Public. Every stocktake, past and scheduled, and the next meeting of each of the mission's bodies projected from its cadence (tentative).")
            .Produces(StatusCodes.Status200OK, contentType: CalendarFeed.ContentType)
            .AllowAnonymous();

        return app;
    }

    private static async Task<Results<Ok<GovernanceView>, NotFound<ProblemDetails>>> GovernanceAsync(
        string slug, BodyQueries queries, Caller caller, CancellationToken ct)
    {
        var governance = await queries.GovernanceAsync(slug, caller.CanSeeDrafts, ct);
        return governance is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(governance);
    }

    private static async Task<Results<Created<BodyView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> CreateBodyAsync(
        string slug, BodyInput input, SaveBody save, BodyQueries queries, Caller caller, GovernanceRights rights, CancellationToken ct)
    {
        var missionId = await rights.MissionIdAsync(slug, ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators manage its governance bodies.");
        }

        return await CreateAsync(slug, input, save, queries, caller, ct);
    }

    private static async Task<Results<Created<BodyView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        string? missionSlug, BodyInput input, SaveBody save, BodyQueries queries, Caller caller, CancellationToken ct)
    {
        if (missionSlug is null && !caller.IsAdministrator)
        {
            return Problems.Forbidden("Only administrators manage governance bodies across missions.");
        }

        var outcome = await save.CreateAsync(missionSlug, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/v1/governance/bodies/{outcome.Value!.Id}", (await queries.FindAsync(outcome.Value.Id, includeDrafts: true, ct))!),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Results<Ok<BodyView>, NotFound<ProblemDetails>>> GetBodyAsync(int id, BodyQueries queries, Caller caller, CancellationToken ct)
    {
        var body = await queries.FindAsync(id, caller.CanSeeDrafts, ct);
        return body is null ? Problems.NotFound($"There is no governance body {id}.") : TypedResults.Ok(body);
    }

    private static async Task<Results<Ok<BodyView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateBodyAsync(
        int id, BodyInput input, SaveBody save, BodyQueries queries, GovernanceRights rights, HttpRequest request, CancellationToken ct)
    {
        var access = await rights.BodyAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no governance body {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden("Only the mission's owners and administrators change its governance bodies; administrators those across missions.");
        }

        var outcome = await save.UpdateAsync(id, input, Problems.IfMatchVersion(request), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok((await queries.FindAsync(id, includeDrafts: true, ct))!),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            OutcomeKind.Conflict => Problems.PreconditionFailed(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Results<Ok<List<StocktakeSummary>>, NotFound<ProblemDetails>>> ListStocktakesAsync(
        string slug, StocktakeQueries queries, Caller caller, CancellationToken ct)
    {
        var list = await queries.ListAsync(slug, caller.CanSeeDrafts, ct);
        return list is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(list);
    }

    private static async Task<Results<Created<StocktakeView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ScheduleAsync(
        string slug, StocktakeInput input, ScheduleStocktake schedule, StocktakeQueries queries, Caller caller, GovernanceRights rights, CancellationToken ct)
    {
        var missionId = await rights.MissionIdAsync(slug, ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators schedule its stocktakes.");
        }

        var outcome = await schedule.ScheduleAsync(slug, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/v1/stocktakes/{outcome.Value!.Id}", (await queries.FindAsync(outcome.Value.Id, includeDrafts: true, staff: true, ct))!),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Results<Ok<StocktakeView>, NotFound<ProblemDetails>>> GetStocktakeAsync(int id, StocktakeQueries queries, Caller caller, CancellationToken ct)
    {
        var stocktake = await queries.FindAsync(id, caller.CanSeeDrafts, caller.CanSeeConfidential, ct);
        return stocktake is null ? Problems.NotFound($"There is no stocktake {id}.") : TypedResults.Ok(stocktake);
    }

    private static async Task<Results<Ok<StocktakeView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> MinutesAsync(
        int id, MinutesInput input, RecordMinutes record, StocktakeQueries queries, GovernanceRights rights, CancellationToken ct)
    {
        var access = await rights.StocktakeAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no stocktake {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden("Only the mission's owners and administrators keep a stocktake's minutes.");
        }

        var outcome = await record.RecordAsync(id, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok((await queries.FindAsync(id, includeDrafts: true, staff: true, ct))!),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Results<Created<StocktakeDecisionView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> DecideAsync(
        int id, StocktakeDecisionInput input, RecordStocktakeDecision record, GovernanceRights rights, MissionControlDb db, CancellationToken ct)
    {
        var access = await rights.StocktakeAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no stocktake {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden("Only the mission's owners and administrators record a stocktake's decisions.");
        }

        var outcome = await record.AddAsync(id, input, ct);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : Problems.Invalid(outcome.Errors);
        }

        var date = await db.Stocktakes.AsNoTracking().Where(s => s.Id == id).Select(s => s.Date).FirstAsync(ct);
        return TypedResults.Created($"/api/v1/stocktakes/{id}", StocktakeQueries.ToView(outcome.Value!, date));
    }

    private static async Task<Results<Ok<StocktakeDecisionView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ChangeDecisionAsync(
        int id, StocktakeDecisionChange change, RecordStocktakeDecision record, GovernanceRights rights, MissionControlDb db, CancellationToken ct)
    {
        var access = await rights.DecisionAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no stocktake decision {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden("Only the mission's owners and administrators close a stocktake's decisions.");
        }

        var outcome = await record.ChangeAsync(id, change, ct);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : Problems.Invalid(outcome.Errors);
        }

        var d = outcome.Value!;
        var date = await db.Stocktakes.AsNoTracking().Where(s => s.Id == d.StocktakeId).Select(s => s.Date).FirstAsync(ct);
        return TypedResults.Ok(StocktakeQueries.ToView(d, date));
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> CalendarAsync(
        string slug, StocktakeQueries queries, Caller caller, MissionControlDb db, HttpRequest request, CancellationToken ct)
    {
        var meetings = await queries.MeetingsAsync(slug, caller.CanSeeDrafts, ct);
        if (meetings is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        var title = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => m.Title).FirstAsync(ct);
        var site = $"{request.Scheme}://{request.Host}";
        var events = meetings.Select(m => m.StocktakeId is { } id
            ? new CalendarEvent($"stocktake-{id}@{request.Host.Host}", m.Date,
                $"Stocktake: {title}{(m.BodyName is null ? "" : $" ({m.BodyName})")}",
                $"Stocktake of the mission {title}{(m.BodyName is null ? "" : $" by {m.BodyName}")}. Agenda and decisions: {site}/stocktakes/{id}",
                $"{site}/stocktakes/{id}", Tentative: false)
            : new CalendarEvent($"body-{m.BodyId}-next@{request.Host.Host}", m.Date,
                $"Next meeting: {m.BodyName} ({title})",
                $"Projected from the cadence of {m.BodyName} ({MeetingSchedule.Words(m.Cadence!.Value)}); no stocktake is scheduled yet.",
                $"{site}/missions/{slug}/governance", Tentative: true));
        var ics = CalendarFeed.Write($"{title} – meetings", events, db.Now);
        return TypedResults.Text(ics, $"{CalendarFeed.ContentType}; charset=utf-8");
    }
}

/// <summary>Who may manage what in governance: the owning mission's owners and administrators; administrators for bodies across missions.</summary>
public sealed class GovernanceRights(MissionControlDb db, Caller caller)
{
    public Task<int?> MissionIdAsync(string slug, CancellationToken ct = default) =>
        db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

    /// <summary>Null when there is no such body; otherwise whether the caller may change it.</summary>
    public async Task<bool?> BodyAsync(int id, CancellationToken ct = default)
    {
        var body = await db.GovernanceBodies.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.MissionId }).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return null;
        }

        return body.MissionId is { } missionId ? await caller.CanEditMissionAsync(missionId, ct) : caller.IsAdministrator;
    }

    /// <summary>Null when there is no such stocktake; otherwise whether the caller may keep its minutes and decisions.</summary>
    public async Task<bool?> StocktakeAsync(int id, CancellationToken ct = default)
    {
        var missionId = await db.Stocktakes.AsNoTracking().Where(s => s.Id == id).Select(s => (int?)s.MissionId).FirstOrDefaultAsync(ct);
        return missionId is null ? null : await caller.CanEditMissionAsync(missionId.Value, ct);
    }

    /// <summary>Null when there is no such capability; otherwise whether the caller may keep it.</summary>
    public async Task<bool?> CapabilityAsync(int id, CancellationToken ct = default)
    {
        var missionId = await db.Capabilities.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.MissionId).FirstOrDefaultAsync(ct);
        return missionId is null ? null : await caller.CanEditMissionAsync(missionId.Value, ct);
    }

    public async Task<bool?> DecisionAsync(int id, CancellationToken ct = default)
    {
        var missionId = await db.StocktakeDecisions.AsNoTracking().Where(d => d.Id == id).Select(d => (int?)d.MissionId).FirstOrDefaultAsync(ct);
        return missionId is null ? null : await caller.CanEditMissionAsync(missionId.Value, ct);
    }
}
