using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Organisations;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Coalitions;

public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var organisations = app.MapGroup("/api/v1/organisations").WithTags("Organisations");

        organisations.MapGet("/", ListAsync)
            .WithName("ListOrganisations")
            .WithSummary("Organisations, by name")
            .WithDescription("Public. Filters: `sector` (ministry, agency, region, municipality, business, startup, foundation, civil-society, labour-union, " +
                "employer-organisation, research, international-body, citizen-group); `includeMerged=true` also lists duplicates merged into another organisation.")
            .AllowAnonymous();

        organisations.MapPost("/", CreateAsync)
            .WithName("CreateOrganisation")
            .WithSummary("Register an organisation")
            .WithDescription("Administrators and mission owners. `{slug, name, sector, parentSlug?, country?, region?, website?}`. " +
                "`parentSlug` is the organisation it belongs to (an agency's ministry); `website` a full https:// address.")
            .RequireAuthorization(Policies.ApiWriter);

        organisations.MapGet("/{slug}", GetAsync)
            .WithName("GetOrganisation")
            .WithSummary("One organisation")
            .WithDescription("Public. A duplicate merged into another organisation is still found; `mergedIntoSlug` points to the organisation that took over its links. " +
                "The `ETag` header carries the version for `If-Match`.")
            .AllowAnonymous();

        organisations.MapPut("/{slug}", UpdateAsync)
            .WithName("UpdateOrganisation")
            .WithSummary("Change an organisation")
            .WithDescription("Administrators, mission owners and the organisation's own contributors. Same body as creating. Send the `version` you read: " +
                "a change to a record someone else changed since is refused with 409 (or send `If-Match` with the ETag: 412). A merged duplicate no longer changes.")
            .RequireAuthorization(Policies.ApiWriter);

        organisations.MapPost("/{slug}/merge", MergeAsync)
            .WithName("MergeOrganisation")
            .WithSummary("Merge a duplicate organisation into another")
            .WithDescription("Administrators. `{intoSlug}`. The duplicate's pledges, missions it leads, initiatives it owns, indicators it sources, stakeholder entries, " +
                "contributors and child organisations move to `intoSlug`; the duplicate stays, marked merged, with its history. `moved` counts what moved. " +
                "422 when merging into itself or when either side is already merged.")
            .RequireAuthorization(Policies.ApiWriter);

        organisations.MapGet("/{slug}/pledges", PledgesAsync)
            .WithName("ListOrganisationPledges")
            .WithSummary("An organisation's pledges across missions, with their derived status")
            .AllowAnonymous();

        return app;
    }

    private static async Task<Results<Ok<List<OrganisationView>>, ValidationProblem>> ListAsync(
        string? sector, bool? includeMerged, OrganisationQueries queries, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        Sector? filter = string.IsNullOrWhiteSpace(sector) ? null : Codes.Parse<Sector>(sector, "sector", "a sector", errors);
        return errors.Any ? Problems.Invalid(errors.ToDictionary()) : TypedResults.Ok(await queries.ListAsync(filter, includeMerged == true, ct));
    }

    private static async Task<Results<Ok<OrganisationView>, NotFound<ProblemDetails>>> GetAsync(
        string slug, OrganisationQueries queries, HttpResponse response, CancellationToken ct)
    {
        var organisation = await queries.FindAsync(slug, ct);
        if (organisation is null)
        {
            return Problems.NotFound($"There is no organisation '{slug}'.");
        }

        response.Headers.ETag = Problems.ETag(organisation.Version);
        if (organisation.MergedIntoSlug is { } survivor)
        {
            response.Headers.Link = $"</api/v1/organisations/{survivor}>; rel=\"successor-version\"";
        }

        return TypedResults.Ok(organisation);
    }

    private static async Task<Results<Created<OrganisationView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OrganisationInput input, SaveOrganisation save, OrganisationQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        if (!rights.CanRegisterOrganisations)
        {
            return Problems.Forbidden("Only administrators and mission owners register organisations.");
        }

        var outcome = await save.CreateAsync(input, ct);
        if (!outcome.Succeeded)
        {
            return Problems.Invalid(outcome.Errors);
        }

        var created = (await queries.FindAsync(outcome.Value!.Slug, ct))!;
        return TypedResults.Created($"/api/v1/organisations/{created.Slug}", created);
    }

    private static async Task<Results<Ok<OrganisationView>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        string slug, OrganisationInput input, HttpRequest request, SaveOrganisation save, OrganisationQueries queries, CoalitionRights rights,
        MissionControlDb db, CancellationToken ct)
    {
        var current = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Version }).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return Problems.NotFound($"There is no organisation '{slug}'.");
        }

        if (!await rights.CanEditOrganisationAsync(current.Id, ct))
        {
            return Problems.Forbidden("Only administrators, mission owners and the organisation's own contributors change it.");
        }

        if (Problems.IfMatchVersion(request) is { } ifMatch && ifMatch != current.Version)
        {
            return Problems.PreconditionFailed(SaveOrganisation.StaleMessage);
        }

        var outcome = await save.UpdateAsync(slug, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok((await queries.FindAsync(outcome.Value!.Slug, ct))!),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Conflict(outcome.Message!),
        };
    }

    private static async Task<Results<Ok<MergeResult>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> MergeAsync(
        string slug, MergeInput input, MergeOrganisations merge, CoalitionRights rights, CancellationToken ct)
    {
        if (!rights.CanMergeOrganisations)
        {
            return Problems.Forbidden("Only administrators merge organisations.");
        }

        var outcome = await merge.MergeAsync(slug, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => CoalitionProblems.RuleBroken("The organisations cannot be merged.", outcome.Message!),
        };
    }

    private static async Task<Results<Ok<List<OrganisationPledge>>, NotFound<ProblemDetails>>> PledgesAsync(
        string slug, OrganisationQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        if (await queries.FindAsync(slug, ct) is null)
        {
            return Problems.NotFound($"There is no organisation '{slug}'.");
        }

        return TypedResults.Ok(await queries.PledgesAsync(slug, rights.CanSeeDrafts, ct));
    }
}

/// <summary>Problems particular to coalitions.</summary>
public static class CoalitionProblems
{
    /// <summary>A request understood but refused by a rule of the record's state: 422, with the rule in words.</summary>
    public static ProblemHttpResult RuleBroken(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail,
            type: "https://missioncontrol.example/problems/coalition-rule");
}
