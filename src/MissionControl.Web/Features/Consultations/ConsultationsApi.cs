using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Consultations;
using MissionControl.Core.Data;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Consultations;

/// <summary>The answer to a support: how many people support the proposal now.</summary>
public sealed record SupportView(int ProposalId, int Supports, bool Supported);

public static class ConsultationsApi
{
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        services.AddOptions<ConsultationsOptions>().BindConfiguration(ConsultationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SaveConsultation>();
        services.AddScoped<Participate>();
        services.AddScoped<Moderate>();
        services.AddScoped<ConsultationQueries>();
        services.AddScoped<ConsultationAccess>();
        services.AddScoped<Mailer>();
        services.AddScoped<Features.Accounts.RegisterCitizen>();
        return services;
    }

    public static IEndpointRouteBuilder MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/api/v1/missions/{slug}/consultations").WithTags("Consultations");
        missions.MapGet("/", ListAsync).WithName("ListConsultations").WithSummary("A mission's consultations").AllowAnonymous();
        missions.MapPost("/", CreateAsync).WithName("CreateConsultation").WithSummary("Open a consultation on a mission")
            .WithDescription("The mission's owners and administrators. Required: slug, channel (online, workshop, citizen-panel, visionary-council), " +
                "title, prompt (Markdown, up to 8,000 characters), opens and closes (yyyy-MM-dd). Optional: initiativeSlug, engagedStakeholderIds.")
            .RequireAuthorization();

        var consultations = app.MapGroup("/api/v1/consultations/{slug}").WithTags("Consultations");
        consultations.MapGet("/", GetAsync).WithName("GetConsultation").WithSummary("One consultation with its prompt, workshops, engaged stakeholders and synthesis").AllowAnonymous();
        consultations.MapPut("/", UpdateAsync).WithName("UpdateConsultation").WithSummary("Change a consultation (not its slug)")
            .WithDescription("The mission team. Send `If-Match` with the consultation's `version` (as read) to refuse a change made from a stale copy (412).")
            .RequireAuthorization();
        consultations.MapPost("/workshops", WorkshopAsync).WithName("RecordWorkshop").WithSummary("Record a workshop: date, participants, outputs").RequireAuthorization();
        consultations.MapPost("/synthesis", SynthesisAsync).WithName("PublishSynthesis")
            .WithSummary("Publish the synthesis (Markdown) once the consultation has closed; before that 422").RequireAuthorization();
        consultations.MapGet("/proposals", ProposalsAsync).WithName("ListProposals").WithSummary("The proposals, most supported first; hidden ones say why").AllowAnonymous();
        consultations.MapPost("/proposals", ProposeAsync).WithName("SubmitProposal")
            .WithSummary("Submit a proposal (title, body in Markdown up to 10,000 characters)")
            .WithDescription("Signed-in people with a confirmed email address, while the consultation is open (422 otherwise). " +
                "A per-person hourly limit applies (429 with Retry-After).")
            .RequireAuthorization();

        var proposals = app.MapGroup("/api/v1/proposals/{id:int}").WithTags("Consultations");
        proposals.MapGet("/", ProposalAsync).WithName("GetProposal").WithSummary("A proposal with its trace: the adopting initiative, its stage and its gate decisions").AllowAnonymous();
        proposals.MapPost("/supports", SupportAsync).WithName("SupportProposal").WithSummary("Support a proposal; once per person, repeating it changes nothing").RequireAuthorization();
        proposals.MapPost("/adopt", AdoptAsync).WithName("AdoptProposal").WithSummary("Adopt a proposal into an initiative of the mission (`{initiativeSlug}`)").RequireAuthorization();
        proposals.MapGet("/comments", CommentsAsync).WithName("ListComments").WithSummary("A proposal's comments, oldest first").AllowAnonymous();
        proposals.MapPost("/comments", CommentAsync).WithName("SubmitComment").WithSummary("Comment on a proposal (Markdown, up to 4,000 characters)").RequireAuthorization();
        proposals.MapPost("/reports", (int id, ReportInput input, Participate participate, Caller caller, HttpResponse response, CancellationToken ct) =>
                ReportAsync(id, null, input, participate, caller, response, ct))
            .WithName("ReportProposal").WithSummary("Report a proposal to the moderators; enough reports hide it until reviewed").RequireAuthorization();
        proposals.MapPost("/hide", (int id, HideInput input, Moderate moderate, ConsultationAccess access, CancellationToken ct) => HideAsync(id, null, input, moderate, access, ct))
            .WithName("HideProposal").WithSummary("Hide a proposal with a reason the public reads").RequireAuthorization();
        proposals.MapPost("/restore", (int id, Moderate moderate, ConsultationAccess access, CancellationToken ct) => RestoreAsync(id, null, moderate, access, ct))
            .WithName("RestoreProposal").WithSummary("Show a hidden proposal again").RequireAuthorization();

        var comments = app.MapGroup("/api/v1/comments/{id:int}").WithTags("Consultations");
        comments.MapPost("/reports", (int id, ReportInput input, Participate participate, Caller caller, HttpResponse response, CancellationToken ct) =>
                ReportAsync(null, id, input, participate, caller, response, ct))
            .WithName("ReportComment").WithSummary("Report a comment to the moderators").RequireAuthorization();
        comments.MapPost("/hide", (int id, HideInput input, Moderate moderate, ConsultationAccess access, CancellationToken ct) => HideAsync(null, id, input, moderate, access, ct))
            .WithName("HideComment").WithSummary("Hide a comment with a reason the public reads").RequireAuthorization();
        comments.MapPost("/restore", (int id, Moderate moderate, ConsultationAccess access, CancellationToken ct) => RestoreAsync(null, id, moderate, access, ct))
            .WithName("RestoreComment").WithSummary("Show a hidden comment again").RequireAuthorization();

        app.MapGet("/api/v1/moderation", QueueAsync).WithTags("Consultations").WithName("ModerationQueue")
            .WithSummary("Reported and auto-hidden items of the missions the caller moderates").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<List<ConsultationSummary>>, NotFound<ProblemDetails>>> ListAsync(
        string slug, ConsultationQueries queries, Caller caller, CancellationToken ct)
    {
        var list = await queries.ForMissionAsync(slug, caller.CanSeeDrafts, ct);
        return list is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(list);
    }

    private static async Task<Results<Created<ConsultationDetail>, ProblemHttpResult>> CreateAsync(
        string slug, ConsultationInput input, SaveConsultation save, ConsultationQueries queries, MissionControlDb db, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return ConsultationAccess.NotFound($"There is no mission '{slug}'.");
        }

        if (!await caller.CanEditMissionAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators open consultations on it.");
        }

        var outcome = await save.CreateAsync(slug, input, ct);
        if (!outcome.Succeeded)
        {
            return Refusal(outcome, response);
        }

        var created = (await queries.FindAsync(outcome.Value!.Slug, includeDrafts: true, ct))!;
        return TypedResults.Created($"/api/v1/consultations/{created.Slug}", created);
    }

    private static async Task<Results<Ok<ConsultationDetail>, NotFound<ProblemDetails>>> GetAsync(
        string slug, ConsultationQueries queries, Caller caller, CancellationToken ct)
    {
        var consultation = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        return consultation is null ? Problems.NotFound($"There is no consultation '{slug}'.") : TypedResults.Ok(consultation);
    }

    private static async Task<Results<Ok<ConsultationDetail>, ProblemHttpResult>> UpdateAsync(
        string slug, ConsultationInput input, SaveConsultation save, ConsultationQueries queries, ConsultationAccess access, HttpResponse response, CancellationToken ct)
    {
        if (await access.TeamCheckAsync(slug, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await save.UpdateAsync(slug, input, Problems.IfMatchVersion(response.HttpContext.Request), ct);
        if (outcome.Kind == ConsultationOutcomeKind.Conflict && outcome.Message == SaveConsultation.StaleMessage)
        {
            return Problems.PreconditionFailed(outcome.Message);
        }

        return outcome.Succeeded ? TypedResults.Ok((await queries.FindAsync(slug, includeDrafts: true, ct))!) : Refusal(outcome, response);
    }

    private static async Task<Results<Created<ConsultationDetail>, ProblemHttpResult>> WorkshopAsync(
        string slug, WorkshopInput input, SaveConsultation save, ConsultationQueries queries, ConsultationAccess access, HttpResponse response, CancellationToken ct)
    {
        if (await access.TeamCheckAsync(slug, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await save.RecordWorkshopAsync(slug, input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/consultations/{slug}", (await queries.FindAsync(slug, includeDrafts: true, ct))!)
            : Refusal(outcome, response);
    }

    private static async Task<Results<Ok<ConsultationDetail>, ProblemHttpResult>> SynthesisAsync(
        string slug, SynthesisInput input, SaveConsultation save, ConsultationQueries queries, ConsultationAccess access, HttpResponse response, CancellationToken ct)
    {
        if (await access.TeamCheckAsync(slug, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await save.PublishSynthesisAsync(slug, input, ct);
        return outcome.Succeeded ? TypedResults.Ok((await queries.FindAsync(slug, includeDrafts: true, ct))!) : Refusal(outcome, response);
    }

    private static async Task<Results<Ok<List<ProposalView>>, NotFound<ProblemDetails>>> ProposalsAsync(
        string slug, ConsultationQueries queries, Caller caller, CancellationToken ct)
    {
        var consultation = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        if (consultation is null)
        {
            return Problems.NotFound($"There is no consultation '{slug}'.");
        }

        var moderator = await caller.CanEditMissionAsync(consultation.MissionId, ct);
        return TypedResults.Ok(await queries.ProposalsAsync(consultation.Id, moderator, ct));
    }

    private static async Task<Results<Created<ProposalView>, ProblemHttpResult>> ProposeAsync(
        string slug, ProposalInput input, Participate participate, ConsultationQueries queries, Caller caller, HttpResponse response, CancellationToken ct)
    {
        if (await queries.FindAsync(slug, caller.CanSeeDrafts, ct) is null)
        {
            return ConsultationAccess.NotFound($"There is no consultation '{slug}'.");
        }

        var outcome = await participate.ProposeAsync(slug, caller.UserId!, input, ct);
        if (!outcome.Succeeded)
        {
            return Refusal(outcome, response);
        }

        var view = (await queries.ProposalAsync(outcome.Value!.Id, includeDrafts: true, moderator: false, ct))!;
        return TypedResults.Created($"/api/v1/proposals/{view.Id}", view);
    }

    private static async Task<Results<Ok<ProposalView>, NotFound<ProblemDetails>>> ProposalAsync(
        int id, ConsultationQueries queries, ConsultationAccess access, Caller caller, CancellationToken ct)
    {
        var moderator = await access.CanModerateProposalAsync(id, ct);
        var proposal = await queries.ProposalAsync(id, caller.CanSeeDrafts, moderator, ct);
        return proposal is null ? Problems.NotFound($"There is no proposal {id}.") : TypedResults.Ok(proposal);
    }

    private static async Task<Results<Ok<SupportView>, ProblemHttpResult>> SupportAsync(
        int id, Participate participate, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var outcome = await participate.SupportAsync(id, caller.UserId!, ct);
        return outcome.Succeeded ? TypedResults.Ok(new SupportView(id, outcome.Value, true)) : Refusal(outcome, response);
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> AdoptAsync(
        int id, AdoptInput input, Moderate moderate, ConsultationQueries queries, ConsultationAccess access, HttpResponse response, CancellationToken ct)
    {
        if (await access.ProposalTeamCheckAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await moderate.AdoptAsync(id, input, ct);
        return outcome.Succeeded ? TypedResults.Ok((await queries.ProposalAsync(id, true, true, ct))!) : Refusal(outcome, response);
    }

    private static async Task<Results<Ok<List<CommentView>>, NotFound<ProblemDetails>>> CommentsAsync(
        int id, ConsultationQueries queries, ConsultationAccess access, Caller caller, CancellationToken ct)
    {
        var moderator = await access.CanModerateProposalAsync(id, ct);
        if (await queries.ProposalAsync(id, caller.CanSeeDrafts, moderator, ct) is null)
        {
            return Problems.NotFound($"There is no proposal {id}.");
        }

        return TypedResults.Ok(await queries.CommentsAsync(id, moderator, ct));
    }

    private static async Task<Results<Created<CommentView>, ProblemHttpResult>> CommentAsync(
        int id, CommentInput input, Participate participate, ConsultationQueries queries, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var outcome = await participate.CommentAsync(id, caller.UserId!, input, ct);
        if (!outcome.Succeeded)
        {
            return Refusal(outcome, response);
        }

        var view = (await queries.CommentsAsync(id, moderator: false, ct)).Single(c => c.Id == outcome.Value!.Id);
        return TypedResults.Created($"/api/v1/proposals/{id}/comments", view);
    }

    private static async Task<Results<Ok<ModerationView>, ProblemHttpResult>> ReportAsync(
        int? proposalId, int? commentId, ReportInput input, Participate participate, Caller caller, HttpResponse response, CancellationToken ct)
    {
        var outcome = await participate.ReportAsync(proposalId, commentId, caller.UserId!, input ?? new ReportInput(null), ct);
        return outcome.Succeeded ? TypedResults.Ok(ModerationView.Of(outcome.Value!)) : Refusal(outcome, response);
    }

    private static async Task<Results<Ok<ModerationView>, ProblemHttpResult>> HideAsync(
        int? proposalId, int? commentId, HideInput input, Moderate moderate, ConsultationAccess access, CancellationToken ct)
    {
        if (await access.ItemTeamCheckAsync(proposalId, commentId, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await moderate.HideAsync(proposalId, commentId, input, ct);
        return outcome.Succeeded ? TypedResults.Ok(ModerationView.Of(outcome.Value!)) : Refusal(outcome, null);
    }

    private static async Task<Results<Ok<ModerationView>, ProblemHttpResult>> RestoreAsync(
        int? proposalId, int? commentId, Moderate moderate, ConsultationAccess access, CancellationToken ct)
    {
        if (await access.ItemTeamCheckAsync(proposalId, commentId, ct) is { } refused)
        {
            return refused;
        }

        var outcome = await moderate.RestoreAsync(proposalId, commentId, ct);
        return outcome.Succeeded ? TypedResults.Ok(ModerationView.Of(outcome.Value!)) : Refusal(outcome, null);
    }

    private static async Task<Ok<List<ModerationItem>>> QueueAsync(ConsultationQueries queries, ConsultationAccess access, CancellationToken ct) =>
        TypedResults.Ok(await queries.QueueAsync(await access.ModeratedMissionsAsync(ct), ct));

    /// <summary>A refused use case as problem details: 400 with field errors, 404, 409, 422 for a rule, 429 with Retry-After.</summary>
    private static ProblemHttpResult Refusal<T>(ConsultationOutcome<T> outcome, HttpResponse? response)
    {
        switch (outcome.Kind)
        {
            case ConsultationOutcomeKind.Invalid:
                return TypedResults.Problem(new HttpValidationProblemDetails(outcome.Errors.ToDictionary())
                {
                    Status = 400,
                    Title = "The request has errors. Each field below says what to correct.",
                    Type = "https://missioncontrol.example/problems/validation",
                });
            case ConsultationOutcomeKind.NotFound:
                return ConsultationAccess.NotFound(outcome.Message!);
            case ConsultationOutcomeKind.Conflict:
                return TypedResults.Problem(statusCode: 409, title: "Conflict", detail: outcome.Message);
            case ConsultationOutcomeKind.TooMany:
                if (response is not null && outcome.RetryAfter is { } wait)
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return TypedResults.Problem(statusCode: 429, title: "Too many requests", detail: outcome.Message,
                    type: "https://missioncontrol.example/problems/rate-limit");
            default:
                return TypedResults.Problem(statusCode: 422, title: "The consultation's rules do not allow this.", detail: outcome.Message,
                    type: "https://missioncontrol.example/problems/consultation-rule");
        }
    }
}

/// <summary>An item's moderation state as the API shows it.</summary>
public sealed record ModerationView(bool Hidden, string? Reason, int Reports, bool PendingReview, string? HiddenNotice)
{
    public static ModerationView Of(Moderation m) =>
        new(m.Hidden, m.Reason, m.Reports, m.PendingReview, m.Hidden ? ModerationRule.HiddenNotice(m.Reason) : null);
}
