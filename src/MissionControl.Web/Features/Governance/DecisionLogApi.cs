using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissionControl.Core;
using MissionControl.Core.Governance;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Governance;

/// <summary>A mission's decision log: gate decisions, stocktake decisions and letters issued in one timeline.</summary>
public static class DecisionLogApi
{
    public static IEndpointRouteBuilder MapDecisionLogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/missions/{slug}/decisions", GetAsync)
            .WithTags("Governance")
            .WithName("GetDecisionLog")
            .WithSummary("Every decision of a mission in one timeline, newest first")
            .WithDescription("Public: gate decisions on the mission's initiatives, letters issued, and stocktake decisions marked public; signed-in staff " +
                "also see the stocktake decisions kept to staff. `source` is gate-decision, stocktake-decision or letter-issued; `status` is a stocktake " +
                "decision's open, done or dropped, or a letter's status; `subject` is the initiative's slug for a gate decision; `link` is the page that " +
                "records the decision in full. Filters (all optional): `source`, `from` and `to` (yyyy-MM-dd, inclusive), `q` (words in the title or text).")
            .AllowAnonymous();
        return app;
    }

    /// <summary>Reads the query string's filters; a field error for each one that cannot be read.</summary>
    public static DecisionLogFilter Filter(string? source, string? from, string? to, string? q, ValidationErrors errors)
    {
        DecisionSource? kind = string.IsNullOrWhiteSpace(source) ? null : Codes.Parse<DecisionSource>(source, "source", "a source", errors);
        var filter = new DecisionLogFilter(kind, Dates.Parse(from, "from", errors), Dates.Parse(to, "to", errors), q);
        errors.MaxLength("q", q, "the search words", 200);
        if (filter.From > filter.To)
        {
            errors.Add("to", "The end date must be on or after the start date.");
        }

        return filter;
    }

    private static async Task<Results<Ok<List<DecisionLogEntry>>, ValidationProblem, NotFound<ProblemDetails>>> GetAsync(
        string slug, DecisionLog log, Caller caller, string? source, string? from, string? to, string? q, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var filter = Filter(source, from, to, q, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors.ToDictionary());
        }

        var entries = await log.ForMissionAsync(slug, filter, caller.CanSeeDrafts, caller.CanSeeConfidential, ct);
        return entries is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(entries);
    }
}
