using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissionControl.Core.Governance;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Governance;

/// <summary>The centre's priorities: the order of its missions, and what it has stopped prioritising. Administrators set them; everyone reads them.</summary>
public static class PrioritiesApi
{
    public static IEndpointRouteBuilder MapPrioritiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/priorities").WithTags("Governance");

        group.MapGet("/", async (SetPriorities priorities, Caller caller, CancellationToken ct) =>
                TypedResults.Ok(await priorities.CurrentAsync(caller.CanSeeDrafts, ct)))
            .WithName("GetPriorities")
            .WithSummary("The centre's missions in order of priority, and what is no longer a priority")
            .WithDescription("Public. `missions[].rank` starts at 1; `noLongerPriorities` is latest first, each with the date since when, " +
                "the reason and the mission it concerns (if any).")
            .AllowAnonymous();

        group.MapPut("/", OrderAsync)
            .WithName("SetPriorities")
            .WithSummary("Put the missions in order of priority (administrators)")
            .WithDescription("`{missionSlugs: [...]}`, most important first. Missions left out keep their order after those listed. " +
                "Each change of rank is in the audit trail.")
            .RequireAuthorization(Policies.ApiWriter);

        group.MapPost("/no-longer", RecordAsync)
            .WithName("RecordDeprioritisation")
            .WithSummary("Record something the centre no longer prioritises (administrators)")
            .WithDescription("`{title, reason, since?, missionSlug?}`; `since` is yyyy-MM-dd and today when left out. The public dashboard shows it.")
            .RequireAuthorization(Policies.ApiWriter);

        group.MapDelete("/no-longer/{id:int}", RemoveAsync)
            .WithName("RemoveDeprioritisation")
            .WithSummary("Take an entry off the no-longer-a-priority list (administrators)")
            .WithDescription("For an entry recorded in error, or something that is a priority again. The audit trail keeps it.")
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private const string CentreOnly = "Only the centre (administrators) sets the priorities.";

    private static async Task<Results<Ok<PrioritiesView>, ValidationProblem, ProblemHttpResult>> OrderAsync(
        PriorityOrderInput input, SetPriorities priorities, Caller caller, CancellationToken ct)
    {
        if (!caller.IsAdministrator)
        {
            return Problems.Forbidden(CentreOnly);
        }

        var outcome = await priorities.OrderAsync(input, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : Problems.Invalid(outcome.Errors);
    }

    private static async Task<Results<Created<DeprioritisationView>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        DeprioritisationInput input, SetPriorities priorities, Caller caller, CancellationToken ct)
    {
        if (!caller.IsAdministrator)
        {
            return Problems.Forbidden(CentreOnly);
        }

        var outcome = await priorities.RecordAsync(input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/priorities#no-longer-{outcome.Value!.Id}", outcome.Value)
            : Problems.Invalid(outcome.Errors);
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>, ProblemHttpResult>> RemoveAsync(
        int id, SetPriorities priorities, Caller caller, CancellationToken ct)
    {
        if (!caller.IsAdministrator)
        {
            return Problems.Forbidden(CentreOnly);
        }

        return await priorities.RemoveAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound($"There is no no-longer-a-priority entry {id}.");
    }
}
