using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Consultations;

/// <summary>
/// Who runs a consultation: the owners of its mission and administrators (the mission team). They edit it, record
/// workshops, publish the synthesis, moderate and adopt proposals. Anyone signed in with a confirmed address takes part.
/// </summary>
public sealed class ConsultationAccess(MissionControlDb db, Caller caller)
{
    public const string TeamOnly = "Only the mission's owners and administrators run its consultations.";

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail, type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    public async Task<int?> MissionOfConsultationAsync(string slug, CancellationToken ct) =>
        await db.Consultations.AsNoTracking().Where(c => c.Slug == slug).Select(c => (int?)c.MissionId).FirstOrDefaultAsync(ct);

    public async Task<int?> MissionOfProposalAsync(int proposalId, CancellationToken ct) =>
        await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
            .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (_, c) => (int?)c.MissionId).FirstOrDefaultAsync(ct);

    public async Task<int?> MissionOfCommentAsync(int commentId, CancellationToken ct) =>
        await db.Comments.AsNoTracking().Where(c => c.Id == commentId)
            .Join(db.Proposals, c => c.ProposalId, p => p.Id, (_, p) => p.ConsultationId)
            .Join(db.Consultations, id => id, c => c.Id, (_, c) => (int?)c.MissionId).FirstOrDefaultAsync(ct);

    public async Task<bool> CanModerateProposalAsync(int proposalId, CancellationToken ct) =>
        caller.IsSignedIn && await MissionOfProposalAsync(proposalId, ct) is { } mission && await caller.CanEditMissionAsync(mission, ct);

    public async Task<ProblemHttpResult?> TeamCheckAsync(string slug, CancellationToken ct) =>
        await CheckAsync(await MissionOfConsultationAsync(slug, ct), $"There is no consultation '{slug}'.", ct);

    public async Task<ProblemHttpResult?> ProposalTeamCheckAsync(int proposalId, CancellationToken ct) =>
        await CheckAsync(await MissionOfProposalAsync(proposalId, ct), $"There is no proposal {proposalId}.", ct);

    public async Task<ProblemHttpResult?> ItemTeamCheckAsync(int? proposalId, int? commentId, CancellationToken ct) =>
        proposalId is { } pid ? await ProposalTeamCheckAsync(pid, ct)
            : await CheckAsync(await MissionOfCommentAsync(commentId!.Value, ct), $"There is no comment {commentId}.", ct);

    /// <summary>The missions whose items the caller moderates; null means every mission (administrators).</summary>
    public async Task<IReadOnlyCollection<int>?> ModeratedMissionsAsync(CancellationToken ct)
    {
        if (caller.IsAdministrator)
        {
            return null;
        }

        var userId = caller.UserId;
        return await db.MissionOwnerships.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.MissionId).ToListAsync(ct);
    }

    private async Task<ProblemHttpResult?> CheckAsync(int? missionId, string missing, CancellationToken ct)
    {
        if (missionId is null)
        {
            return NotFound(missing);
        }

        return await caller.CanEditMissionAsync(missionId.Value, ct) ? null : Problems.Forbidden(TeamOnly);
    }
}
