using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Indicators;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators").WithTags("Indicators");

        group.MapPost("/", CreateAsync)
            .WithName("CreateIndicator")
            .WithSummary("Create an indicator of a mission")
            .WithDescription("The mission's owners and administrators. `role` is key (the mission's one headline key figure) or supporting; " +
                "`direction` is increase or decrease; `baseline`, `target` and each of `milestones` are `{period, value}` with periods " +
                "such as 2024, 2024-Q2, 2024-03 or 2024-03-15. Omit `target` for a direction-only indicator.")
            .RequireAuthorization(Policies.ApiWriter);

        group.MapGet("/{slug}", GetAsync)
            .WithName("GetIndicator")
            .WithSummary("One indicator with its metadata, milestones and stored assessment")
            .AllowAnonymous();

        group.MapPut("/{slug}", UpdateAsync)
            .WithName("UpdateIndicator")
            .WithSummary("Change an indicator; the assessment is recomputed at once")
            .WithDescription("The mission's owners and administrators. Send `If-Match` with the ETag from GET to refuse a stale change (412).")
            .RequireAuthorization(Policies.ApiWriter);

        group.MapGet("/{slug}/assessment", AssessmentAsync)
            .WithName("GetIndicatorAssessment")
            .WithSummary("The progress assessment with every input and computed value")
            .WithDescription("The Eurostat SDG / Open SDG method: observed compound annual growth since baseline against the growth the target " +
                "requires (ratio ≥ 0.95 on-track, ≥ 0.60 moderate, ≥ 0 insufficient, < 0 moving-away), or against 1.5% / 0.5% / 0 a year " +
                "without a target. Growth rates are fractions per year. The forecast is a least-squares linear trend since baseline.")
            .AllowAnonymous();

        return app;
    }

    private static async Task<Results<Ok<IndicatorDetail>, NotFound<ProblemDetails>>> GetAsync(
        string slug, IndicatorQueries queries, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var indicator = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        if (indicator is null)
        {
            return Problems.NotFound($"There is no indicator '{slug}'.");
        }

        response.Headers.ETag = Problems.ETag(indicator.Version);
        return TypedResults.Ok(indicator);
    }

    private static async Task<Results<Ok<AssessmentView>, NotFound<ProblemDetails>>> AssessmentAsync(
        string slug, IndicatorQueries queries, Caller caller, CancellationToken ct)
    {
        var indicator = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        return indicator is null ? Problems.NotFound($"There is no indicator '{slug}'.") : TypedResults.Ok(indicator.Assessment);
    }

    private static async Task<Results<Created<IndicatorDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        IndicatorInput input, MissionControlDb db, SaveIndicator save, IndicatorQueries queries, Caller caller, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is { } id && !await caller.CanEditMissionAsync(id, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators add indicators to it.");
        }

        var outcome = await save.CreateAsync(input, ct);
        if (!outcome.Succeeded)
        {
            return Problems.Invalid(outcome.Errors);
        }

        var created = await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, ct);
        return TypedResults.Created($"/api/v1/indicators/{created!.Slug}", created);
    }

    private static async Task<Results<Ok<IndicatorDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        string slug, IndicatorInput input, HttpRequest request, MissionControlDb db, SaveIndicator save, IndicatorQueries queries, Caller caller, CancellationToken ct)
    {
        var missionId = await db.Indicators.AsNoTracking().Where(i => i.Slug == slug).Select(i => (int?)i.MissionId).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no indicator '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators change its indicators.");
        }

        // Moving an indicator to another mission needs rights there too.
        var targetMission = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (targetMission is { } other && other != missionId && !await caller.CanEditMissionAsync(other, ct))
        {
            return Problems.Forbidden($"You may not add indicators to the mission '{input.MissionSlug}'.");
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
