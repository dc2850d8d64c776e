using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Missions;

public static class MissionsApi
{
    public static IEndpointRouteBuilder MapMissionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/missions").WithTags("Missions");

        group.MapGet("/", async (MissionQueries queries, Caller caller, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(caller.CanSeeDrafts, ct)))
            .WithName("ListMissions")
            .WithSummary("List missions with their key figure and its stored assessment")
            .WithDescription("Public. Missions in the centre's priority order. Draft missions are listed only for signed-in callers. " +
                "`keyFigure.assessment.status` is one of achieved, on-track, moderate, insufficient, moving-away, not-assessable.")
            .AllowAnonymous();

        group.MapGet("/{slug}", GetAsync)
            .WithName("GetMission")
            .WithSummary("One mission with its key figure, supporting indicators, parent and child missions")
            .WithDescription("Public for non-draft missions. The `ETag` header carries the version to send as `If-Match` with a PUT.")
            .AllowAnonymous();

        group.MapPost("/", CreateAsync)
            .WithName("CreateMission")
            .WithSummary("Create a mission")
            .WithDescription("Administrators only. Required: slug, title, landmark, level (supranational, national, regional, municipal) " +
                "and deadline (yyyy-MM-dd). status defaults to draft.")
            .RequireAuthorization(Policies.ApiWriter);

        group.MapPut("/{slug}", UpdateAsync)
            .WithName("UpdateMission")
            .WithSummary("Change a mission")
            .WithDescription("The mission's owners and administrators. The body replaces every field. Send `If-Match` with the ETag " +
                "from GET to refuse the change (412) if someone else changed the mission in the meantime.")
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private static async Task<Results<Ok<MissionDetail>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> GetAsync(
        string slug, MissionQueries queries, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var mission = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        if (mission is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        response.Headers.ETag = Problems.ETag(mission.Version);
        return TypedResults.Ok(mission);
    }

    private static async Task<Results<Created<MissionDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        MissionInput input, SaveMission save, MissionQueries queries, Caller caller, CancellationToken ct)
    {
        if (!caller.CanCreateMission)
        {
            return Problems.Forbidden("Only administrators create missions.");
        }

        var outcome = await save.CreateAsync(input, ct);
        if (!outcome.Succeeded)
        {
            return Problems.Invalid(outcome.Errors);
        }

        var created = await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, ct);
        return TypedResults.Created($"/api/v1/missions/{created!.Slug}", created);
    }

    private static async Task<Results<Ok<MissionDetail>, ValidationProblem, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        string slug, MissionInput input, HttpRequest request, MissionControlDb db, SaveMission save, MissionQueries queries, Caller caller, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators change a mission.");
        }

        var outcome = await save.UpdateAsync(slug, input, Problems.IfMatchVersion(request), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok((await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, ct))!),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.PreconditionFailed(outcome.Message!),
        };
    }
}
