using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Administration;

/// <summary>What <c>POST /api/v1/tokens</c> takes.</summary>
public sealed record TokenInput(string? Name, string? UserId);

/// <summary>A token as listed; <c>secret</c> is present only in the answer to its issue.</summary>
public sealed record TokenView(int Id, string Name, string UserId, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? Secret);

public static class AdministrationApi
{
    public static IEndpointRouteBuilder MapAdministrationApi(this IEndpointRouteBuilder app)
    {
        // Administration through the API needs a bearer token of an administrator.
        var tokens = app.MapGroup("/api/v1/tokens").WithTags("Administration")
            .RequireAuthorization(Policies.ApiWriter).RequireAuthorization(Policies.Administrator);

        tokens.MapGet("/", async (MissionControlDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.Id)
                    .Select(t => new TokenView(t.Id, t.Name, t.UserId, t.Hint, t.CreatedAt, t.LastUsedAt, t.RevokedAt, null)).ToListAsync(ct)))
            .WithName("ListTokens").WithSummary("List API tokens (administrators)");

        tokens.MapPost("/", async Task<Results<Created<TokenView>, ValidationProblem>> (TokenInput input, IssueApiToken issue, CancellationToken ct) =>
            {
                var outcome = await issue.IssueAsync(input.Name, input.UserId, ct);
                if (!outcome.Succeeded)
                {
                    return Problems.Invalid(outcome.Errors);
                }

                var t = outcome.Value!.Token;
                return TypedResults.Created($"/api/v1/tokens/{t.Id}",
                    new TokenView(t.Id, t.Name, t.UserId, t.Hint, t.CreatedAt, null, null, outcome.Value.Secret));
            })
            .WithName("IssueToken").WithSummary("Issue an API token for a person (administrators)")
            .WithDescription("The answer's `secret` is the token; it is not stored and cannot be shown again.");

        tokens.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound<ProblemDetails>>> (int id, IssueApiToken issue, CancellationToken ct) =>
            {
                var outcome = await issue.RevokeAsync(id, ct);
                return outcome.Succeeded ? TypedResults.NoContent() : Problems.NotFound(outcome.Message!);
            })
            .WithName("RevokeToken").WithSummary("Revoke an API token (administrators)");

        var users = app.MapGroup("/api/v1/users").WithTags("Administration")
            .RequireAuthorization(Policies.ApiWriter).RequireAuthorization(Policies.Administrator);

        users.MapGet("/", async (CreateUser accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct)))
            .WithName("ListUsers").WithSummary("List people and their roles (administrators)");

        users.MapPost("/", async Task<Results<Created<UserView>, ValidationProblem>> (UserInput input, CreateUser accounts, CancellationToken ct) =>
            {
                var outcome = await accounts.CreateAsync(input, ct);
                return outcome.Succeeded ? TypedResults.Created($"/api/v1/users/{outcome.Value!.Id}", outcome.Value) : Problems.Invalid(outcome.Errors);
            })
            .WithName("CreateUser").WithSummary("Add a person with a role (administrators)")
            .WithDescription("`role` is administrator, mission-owner (with `missionSlugs`) or contributor (with `organisationSlug`).");

        return app;
    }
}
