using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Portfolio;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Portfolio;

public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        var initiatives = app.MapGroup("/api/v1/initiatives").WithTags("Portfolio");

        initiatives.MapGet("/", ListAsync)
            .WithName("ListInitiatives")
            .WithSummary("Initiatives across missions, with filters; JSON, CSV or Excel")
            .WithDescription("Public. Filters: `mission` (slug), `stage`, `innovationType`, `deliveryConfidence`, `overdue` (true/false). " +
                "`format=csv` or `format=xlsx` downloads the list. Confidential budget amounts are null unless signed in.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .AllowAnonymous();

        initiatives.MapPost("/", CreateAsync)
            .WithName("CreateInitiative")
            .WithSummary("Open an initiative in a mission's portfolio")
            .WithDescription("The mission's owners and administrators. Required: slug, missionSlug, title, innovationType (anticipatory, " +
                "enhancement, adaptive, mission-oriented). `stage` defaults to idea. `budget` is `{amount, currency}`.")
            .RequireAuthorization(Policies.ApiWriter);

        initiatives.MapGet("/{slug}", GetAsync)
            .WithName("GetInitiative")
            .WithSummary("One initiative with its stage, targets, KPIs, gate decisions, reviews and experiments")
            .AllowAnonymous();

        initiatives.MapPut("/{slug}", UpdateAsync)
            .WithName("UpdateInitiative")
            .WithSummary("Change an initiative (not its stage)")
            .WithDescription("Its lead, its owner organisation's contributors, the mission's owners and administrators. The stage changes only " +
                "through a gate decision: a different `stage` is refused. Send `If-Match` with the ETag from GET to refuse a stale change (412).")
            .RequireAuthorization(Policies.ApiWriter);

        initiatives.MapPost("/{slug}/gate-decisions", DecideAsync)
            .WithName("DecideGate")
            .WithSummary("Record a stage-gate decision")
            .WithDescription("The mission's owners and administrators. `decision`: advance, hold, pivot, stop, repurpose, mainstream. " +
                "Rules: a rationale always; skipping a stage needs `skipReason`; stop and repurpose need `exitPlan` {kept, people, assets, learning}; " +
                "repurpose needs `successorSlugs`; closed initiatives take no decisions. A broken rule answers 422 naming it.")
            .RequireAuthorization(Policies.ApiWriter);

        initiatives.MapGet("/{slug}/reviews", ReviewsAsync)
            .WithName("ListReviews")
            .WithSummary("An initiative's reviews, newest first")
            .AllowAnonymous();

        initiatives.MapPost("/{slug}/reviews", ReviewAsync)
            .WithName("RecordReview")
            .WithSummary("Record a review with a delivery-confidence rating")
            .WithDescription("Its lead, its owner organisation's contributors, the mission's owners and administrators. `deliveryConfidence`: " +
                "green, amber-green, amber, amber-red, red. A red or amber-red rating brings the next review forward to the mission's follow-up interval (3 months by default).")
            .RequireAuthorization(Policies.ApiWriter);

        initiatives.MapPost("/{slug}/experiments", (string slug, ExperimentInput input, HttpContext context, RecordExperiment record, CancellationToken ct) =>
                SaveExperimentAsync(slug, null, input, context, record, ct))
            .WithName("RecordExperiment")
            .WithSummary("Add an entry to the lean experiment log")
            .WithDescription("problem → hypotheses (each untested, supported, refuted or inconclusive) → concept → test method and success criterion → result → recommendation.")
            .RequireAuthorization(Policies.ApiWriter);

        initiatives.MapPut("/{slug}/experiments/{id:int}", (string slug, int id, ExperimentInput input, HttpContext context, RecordExperiment record, CancellationToken ct) =>
                SaveExperimentAsync(slug, id, input, context, record, ct))
            .WithName("UpdateExperiment")
            .WithSummary("Update an experiment, e.g. with its result")
            .RequireAuthorization(Policies.ApiWriter);

        var missions = app.MapGroup("/api/v1/missions/{slug}/portfolio").WithTags("Portfolio");

        missions.MapGet("/", PortfolioAsync)
            .WithName("GetPortfolio")
            .WithSummary("A mission's portfolio: initiatives, balance, share rated red or amber-red, decision timeline")
            .WithDescription("Public. `redAmberShare.byCount` and `.byBudget` are fractions 0–1 of the open initiatives (budgets in the portfolio's main currency).")
            .AllowAnonymous();

        missions.MapGet("/changes", ChangesAsync)
            .WithName("GetPortfolioChanges")
            .WithSummary("What changed in a portfolio since a date (`since=yyyy-MM-dd`)")
            .AllowAnonymous();

        return app;
    }

    private static async Task<Results<Ok<List<InitiativeCard>>, FileContentHttpResult, ValidationProblem>> ListAsync(
        string? mission, string? stage, string? innovationType, string? deliveryConfidence, bool? overdue, string? format,
        PortfolioQueries queries, Caller caller, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var filter = new PortfolioFilter(
            string.IsNullOrWhiteSpace(mission) ? null : mission,
            string.IsNullOrWhiteSpace(stage) ? null : Codes.Parse<Stage>(stage, "stage", "a stage", errors),
            string.IsNullOrWhiteSpace(innovationType) ? null : Codes.Parse<InnovationType>(innovationType, "innovationType", "an innovation type", errors),
            string.IsNullOrWhiteSpace(deliveryConfidence) ? null : Codes.Parse<DeliveryConfidence>(deliveryConfidence, "deliveryConfidence", "a delivery confidence", errors),
            overdue);
        if (errors.Any)
        {
            return Problems.Invalid(errors.ToDictionary());
        }

        var list = await queries.ListAsync(filter, caller.CanSeeDrafts, caller.CanSeeConfidential, ct);
        return format?.ToLowerInvariant() switch
        {
            "csv" => TypedResults.File(PortfolioExport.Csv(list), "text/csv; charset=utf-8", "initiatives.csv"),
            "xlsx" => TypedResults.File(PortfolioExport.Excel(list), PortfolioExport.ExcelContentType, "initiatives.xlsx"),
            _ => TypedResults.Ok(list),
        };
    }

    private static async Task<Results<Ok<PortfolioView>, NotFound<ProblemDetails>>> PortfolioAsync(
        string slug, PortfolioQueries queries, Caller caller, CancellationToken ct)
    {
        var portfolio = await queries.PortfolioAsync(slug, caller.CanSeeDrafts, caller.CanSeeConfidential, ct);
        return portfolio is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(portfolio);
    }

    private static async Task<Results<Ok<List<PortfolioChange>>, NotFound<ProblemDetails>, ValidationProblem>> ChangesAsync(
        string slug, string? since, PortfolioQueries queries, Caller caller, CancellationToken ct)
    {
        if (await queries.PortfolioAsync(slug, caller.CanSeeDrafts, false, ct) is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        var errors = new ValidationErrors();
        var from = Dates.Parse(since, "since", errors);
        if (from is null && !errors.Any)
        {
            errors.Add("since", "Give the date to look back to, e.g. since=2026-01-01.");
        }

        return errors.Any ? Problems.Invalid(errors.ToDictionary()) : TypedResults.Ok(await queries.ChangesSinceAsync(slug, from!.Value, ct));
    }

    private static async Task<Results<Ok<InitiativeDetail>, NotFound<ProblemDetails>>> GetAsync(
        string slug, PortfolioQueries queries, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var initiative = await queries.FindAsync(slug, caller.CanSeeDrafts, caller.CanSeeConfidential, ct);
        if (initiative is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        response.Headers.ETag = Problems.ETag(initiative.Version);
        return TypedResults.Ok(initiative);
    }

    private static async Task<Results<Created<InitiativeDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        InitiativeInput input, MissionControlDb db, SaveInitiative save, PortfolioQueries queries, Caller caller, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is { } id && !await caller.CanEditMissionAsync(id, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators open initiatives in its portfolio.");
        }

        var outcome = await save.CreateAsync(input, ct);
        if (!outcome.Succeeded)
        {
            return Problems.Invalid(outcome.Errors);
        }

        var created = await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, showConfidential: true, ct);
        return TypedResults.Created($"/api/v1/initiatives/{created!.Slug}", created);
    }

    private static async Task<Results<Ok<InitiativeDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        string slug, InitiativeInput input, HttpRequest request, SaveInitiative save, PortfolioQueries queries, Caller caller, MissionControlDb db, CancellationToken ct)
    {
        var access = await AccessAsync(slug, db, caller, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        if (!access.CanEdit)
        {
            return Problems.Forbidden("Only the initiative's lead, its owner organisation's contributors, the mission's owners and administrators change it.");
        }

        // Editing an initiative gives no say over another mission's portfolio: moving it there takes the right to open initiatives there.
        var targetMissionId = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (targetMissionId is { } target && target != access.MissionId && !await caller.CanEditMissionAsync(target, ct))
        {
            return Problems.Forbidden("Only the owners of the mission it moves to and administrators move an initiative into another mission's portfolio.");
        }

        var outcome = await save.UpdateAsync(slug, input, Problems.IfMatchVersion(request), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok((await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, showConfidential: true, ct))!),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.PreconditionFailed(outcome.Message!),
        };
    }

    private static async Task<Results<Created<GateDecisionView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> DecideAsync(
        string slug, GateDecisionInput input, DecideGate decide, Caller caller, MissionControlDb db, CancellationToken ct)
    {
        var access = await AccessAsync(slug, db, caller, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        if (!access.CanDecide)
        {
            return Problems.Forbidden("Gate decisions belong to the mission's owners and administrators.");
        }

        var outcome = await decide.DecideAsync(slug, input, ct);
        if (!outcome.Succeeded)
        {
            // A broken stage-gate rule is understood but cannot be applied: 422, naming the rule.
            return TypedResults.Problem(new HttpValidationProblemDetails(outcome.Errors.ToDictionary())
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The gate decision breaks a stage-gate rule.",
                Detail = string.Join(" ", outcome.Errors.Values.SelectMany(m => m)),
                Type = "https://missioncontrol.example/problems/gate-rule",
            });
        }

        var g = outcome.Value!;
        return TypedResults.Created($"/api/v1/initiatives/{slug}", PortfolioQueries.ToView(g, slug, access.Title));
    }

    private static async Task<Results<Ok<List<ReviewView>>, NotFound<ProblemDetails>>> ReviewsAsync(
        string slug, PortfolioQueries queries, Caller caller, CancellationToken ct)
    {
        if (await queries.FindAsync(slug, caller.CanSeeDrafts, false, ct) is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        return TypedResults.Ok(await queries.ReviewsAsync(slug, caller.CanSeeConfidential, ct));
    }

    private static async Task<Results<Created<ReviewView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ReviewAsync(
        string slug, ReviewInput input, RecordReview record, Caller caller, MissionControlDb db, CancellationToken ct)
    {
        var access = await AccessAsync(slug, db, caller, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        if (!access.CanEdit)
        {
            return Problems.Forbidden("Only the initiative's lead, its owner organisation's contributors, the mission's owners and administrators record reviews.");
        }

        var outcome = await record.RecordAsync(slug, input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/initiatives/{slug}/reviews", PortfolioQueries.ToView(outcome.Value!))
            : Problems.Invalid(outcome.Errors);
    }

    private static async Task<IResult> SaveExperimentAsync(string slug, int? id, ExperimentInput input, HttpContext context, RecordExperiment record, CancellationToken ct)
    {
        var db = context.RequestServices.GetRequiredService<MissionControlDb>();
        var caller = context.RequestServices.GetRequiredService<Caller>();
        var access = await AccessAsync(slug, db, caller, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no initiative '{slug}'.");
        }

        if (!access.CanEdit)
        {
            return Problems.Forbidden("Only the initiative's lead, its owner organisation's contributors, the mission's owners and administrators keep its experiment log.");
        }

        var outcome = await record.SaveAsync(slug, id, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok when id is null => TypedResults.Created($"/api/v1/initiatives/{slug}/experiments/{outcome.Value!.Id}", new { outcome.Value.Id }),
            OutcomeKind.Ok => TypedResults.Ok(new { outcome.Value!.Id }),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    internal sealed record InitiativeAccess(string Title, int MissionId, bool CanEdit, bool CanDecide);

    internal static async Task<InitiativeAccess?> AccessAsync(string slug, MissionControlDb db, Caller caller, CancellationToken ct)
    {
        var i = await db.Initiatives.AsNoTracking().Where(x => x.Slug == slug)
            .Select(x => new { x.Title, x.MissionId, x.LeadUserId, x.OwnerOrganisationId }).FirstOrDefaultAsync(ct);
        return i is null ? null : new InitiativeAccess(i.Title, i.MissionId,
            await caller.CanEditInitiativeAsync(i.MissionId, i.LeadUserId, i.OwnerOrganisationId, ct),
            await caller.CanDecideGateAsync(i.MissionId, ct));
    }
}
