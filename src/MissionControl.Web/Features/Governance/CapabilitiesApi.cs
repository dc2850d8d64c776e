using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissionControl.Core;
using MissionControl.Core.Governance;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Governance;

/// <summary>A mission's capabilities register. Public to read; the mission's owners and administrators keep it.</summary>
public static class CapabilitiesApi
{
    public static IEndpointRouteBuilder MapCapabilitiesApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/v1/missions/{slug}/capabilities").WithTags("Governance");

        missions.MapGet("/", GetAsync)
            .WithName("GetCapabilities")
            .WithSummary("The skills a mission needs, who supplies each, and the gaps")
            .WithDescription("Public. `suppliers[].kind` is staff, external-expert or practitioner. `hasGap` is true when a gap is written down " +
                "or nobody supplies the capability yet; `gaps` counts them.")
            .AllowAnonymous();

        missions.MapPost("/", CreateAsync)
            .WithName("AddCapability")
            .WithSummary("Add a capability to a mission's register")
            .WithDescription("The mission's owners and administrators. `{name, need?, suppliers: [{name, kind, organisation?}], gap?}`; name is required.")
            .RequireAuthorization(Policies.ApiWriter);

        var capabilities = app.MapGroup("/api/v1/capabilities").WithTags("Governance");

        capabilities.MapPut("/{id:int}", UpdateAsync)
            .WithName("ChangeCapability")
            .WithSummary("Change a capability; the suppliers sent replace its suppliers")
            .WithDescription("The mission's owners and administrators. Send `If-Match` with the capability's `version` (as read) to refuse " +
                "a change made from a stale copy (412).")
            .RequireAuthorization(Policies.ApiWriter);

        capabilities.MapDelete("/{id:int}", RemoveAsync)
            .WithName("RemoveCapability")
            .WithSummary("Take a capability off the register")
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private const string TeamOnly = "Only the mission's owners and administrators keep its capabilities register.";

    private static async Task<Results<Ok<CapabilitiesView>, NotFound<ProblemDetails>>> GetAsync(string slug, SaveCapability save, Caller caller, CancellationToken ct)
    {
        var register = await save.RegisterAsync(slug, caller.CanSeeDrafts, ct);
        return register is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(register);
    }

    private static async Task<Results<Created<CapabilityView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        string slug, CapabilityInput input, SaveCapability save, GovernanceRights rights, Caller caller, CancellationToken ct)
    {
        var missionId = await rights.MissionIdAsync(slug, ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden(TeamOnly);
        }

        var outcome = await save.CreateAsync(missionId.Value, input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/missions/{slug}/capabilities#capability-{outcome.Value!.Id}", SaveCapability.ToView(outcome.Value))
            : Problems.Invalid(outcome.Errors);
    }

    private static async Task<Results<Ok<CapabilityView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        int id, CapabilityInput input, SaveCapability save, GovernanceRights rights, HttpRequest request, CancellationToken ct)
    {
        var access = await rights.CapabilityAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no capability {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden(TeamOnly);
        }

        var outcome = await save.UpdateAsync(id, input, Problems.IfMatchVersion(request), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(SaveCapability.ToView(outcome.Value!)),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            OutcomeKind.Conflict => Problems.PreconditionFailed(outcome.Message!),
            _ => Problems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>, ProblemHttpResult>> RemoveAsync(
        int id, SaveCapability save, GovernanceRights rights, CancellationToken ct)
    {
        var access = await rights.CapabilityAsync(id, ct);
        if (access is null)
        {
            return Problems.NotFound($"There is no capability {id}.");
        }

        if (!access.Value)
        {
            return Problems.Forbidden(TeamOnly);
        }

        await save.RemoveAsync(id, ct);
        return TypedResults.NoContent();
    }
}
