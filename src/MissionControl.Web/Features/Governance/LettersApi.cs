using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Governance;
using MissionControl.Core.Missions;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Governance;

/// <summary>
/// Who may do what with mission letters. The centre (administrators) writes and issues them; only an owner of
/// the mission acknowledges (the centre cannot do it on the owner's behalf); drafts are for the centre and the
/// mission's owners; issued, acknowledged and superseded letters are public.
/// </summary>
public static class LetterRights
{
    public static bool CanWriteLetters(this Caller caller) => caller.IsAdministrator;

    public static Task<bool> CanSeeDraftLettersAsync(this Caller caller, int missionId, CancellationToken ct = default) =>
        caller.CanEditMissionAsync(missionId, ct);

    public static async Task<bool> CanSeeAsync(this Caller caller, LetterAccess letter, CancellationToken ct = default) =>
        (letter.MissionStatus != MissionStatus.Draft || caller.CanSeeDrafts)
        && (letter.Status != LetterStatus.Draft || await caller.CanSeeDraftLettersAsync(letter.MissionId, ct));

    public static Task<bool> CanAcknowledgeAsync(this Caller caller, LetterQueries letters, int missionId, CancellationToken ct = default) =>
        caller.IsSignedIn ? letters.IsOwnerAsync(missionId, caller.UserId, ct) : Task.FromResult(false);
}

public static class LettersApi
{
    public static IServiceCollection AddMissionLetters(this IServiceCollection services) =>
        services.AddScoped<WriteLetter>().AddScoped<IssueLetter>().AddScoped<AcknowledgeLetter>().AddScoped<LetterQueries>();

    public static IEndpointRouteBuilder MapLettersApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/v1/missions/{slug}/letters").WithTags("Governance");

        missions.MapGet("/", ListAsync)
            .WithName("ListMissionLetters")
            .WithSummary("A mission's letters from the centre, newest first")
            .WithDescription("Public: issued, acknowledged and superseded letters. Drafts are listed for administrators and the mission's owners. " +
                "`version` is the letter's number (1, 2, ...); `status` is draft, issued, acknowledged or superseded.")
            .AllowAnonymous();

        missions.MapPost("/", WriteAsync)
            .WithName("WriteMissionLetter")
            .WithSummary("Write the draft of the mission's next letter (administrators)")
            .WithDescription("Body: `scope` and `reportingCadence` (required), `stakeholders`, `milestones` and `noLongerPriorities` (arrays of strings). " +
                "The goals and the landmark are taken from the mission's key figure, its milestones still ahead and the supporting indicators' targets. " +
                "A mission has at most one draft: while one exists, this rewrites it (200, same id and version) instead of starting another (201).")
            .RequireAuthorization(Policies.ApiWriter);

        var letters = app.MapGroup("/api/v1/letters").WithTags("Governance");

        letters.MapGet("/{id:int}", GetAsync)
            .WithName("GetMissionLetter")
            .WithSummary("One mission letter in full: addressee, landmark, goals with deadlines, scope, stakeholders, milestones, reporting, no longer a priority")
            .WithDescription("Public once issued. A draft answers 404 except to administrators and the mission's owners.")
            .AllowAnonymous();

        letters.MapPost("/{id:int}/issue", IssueAsync)
            .WithName("IssueMissionLetter")
            .WithSummary("Issue a draft letter (administrators)")
            .WithDescription("The letter becomes public; the mission's previous issued or acknowledged letter is superseded. Anything but a draft answers 409.")
            .RequireAuthorization(Policies.ApiWriter);

        letters.MapPost("/{id:int}/acknowledge", AcknowledgeAsync)
            .WithName("AcknowledgeMissionLetter")
            .WithSummary("Acknowledge an issued letter (the mission's owner)")
            .WithDescription("Only a user who owns the mission; anyone else, administrators included, gets 403. Only an issued letter can be acknowledged (409 otherwise).")
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private static async Task<Results<Ok<List<LetterSummary>>, NotFound<ProblemDetails>>> ListAsync(
        string slug, MissionControlDb db, LetterQueries letters, Caller caller, CancellationToken ct)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => new { m.Id, m.Status }).FirstOrDefaultAsync(ct);
        if (mission is null || (mission.Status == MissionStatus.Draft && !caller.CanSeeDrafts))
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        return TypedResults.Ok(await letters.ListAsync(mission.Id, await caller.CanSeeDraftLettersAsync(mission.Id, ct), ct));
    }

    private static async Task<Results<Created<LetterSummary>, Ok<LetterSummary>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> WriteAsync(
        string slug, LetterInput input, WriteLetter write, Caller caller, CancellationToken ct)
    {
        if (!caller.CanWriteLetters())
        {
            return Problems.Forbidden("Mission letters come from the centre: only administrators write them.");
        }

        var outcome = await write.WriteAsync(slug, input, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind switch
            {
                OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
                OutcomeKind.Conflict => Problems.Conflict(outcome.Message!),
                _ => Problems.Invalid(outcome.Errors),
            };
        }

        var (letter, created) = outcome.Value!;
        var summary = ToSummary(letter);
        return created ? TypedResults.Created($"/api/v1/letters/{letter.Id}", summary) : TypedResults.Ok(summary);
    }

    private static async Task<Results<Ok<LetterDetail>, NotFound<ProblemDetails>>> GetAsync(
        int id, LetterQueries letters, Caller caller, CancellationToken ct)
    {
        var access = await letters.AccessAsync(id, ct);
        if (access is null || !await caller.CanSeeAsync(access, ct))
        {
            return Problems.NotFound($"There is no mission letter {id}.");
        }

        return TypedResults.Ok((await letters.FindAsync(id, await caller.CanSeeDraftLettersAsync(access.MissionId, ct), ct))!);
    }

    private static async Task<Results<Ok<LetterSummary>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> IssueAsync(
        int id, IssueLetter issue, Caller caller, CancellationToken ct)
    {
        if (!caller.CanWriteLetters())
        {
            return Problems.Forbidden("Mission letters come from the centre: only administrators issue them.");
        }

        var outcome = await issue.IssueAsync(id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(ToSummary(outcome.Value!)),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Conflict(outcome.Message!),
        };
    }

    private static async Task<Results<Ok<LetterSummary>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> AcknowledgeAsync(
        int id, LetterQueries letters, AcknowledgeLetter acknowledge, Caller caller, CancellationToken ct)
    {
        var access = await letters.AccessAsync(id, ct);
        if (access is null || !await caller.CanSeeAsync(access, ct))
        {
            return Problems.NotFound($"There is no mission letter {id}.");
        }

        if (!await caller.CanAcknowledgeAsync(letters, access.MissionId, ct))
        {
            return Problems.Forbidden("Only the mission's owner acknowledges its letter; the centre cannot acknowledge on the owner's behalf.");
        }

        var outcome = await acknowledge.AcknowledgeAsync(id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(ToSummary(outcome.Value!)),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => Problems.Conflict(outcome.Message!),
        };
    }

    private static LetterSummary ToSummary(MissionLetter l) => new(l.Id, l.Number, l.Status, l.IssuedAt, l.AcknowledgedAt);
}
