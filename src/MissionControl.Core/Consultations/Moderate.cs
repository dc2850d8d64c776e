using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Consultations;

public sealed record HideInput(string? Reason);

public sealed record AdoptInput(string? InitiativeSlug);

/// <summary>The mission team's part: hiding and restoring items, and adopting proposals into initiatives.</summary>
public sealed class Moderate(MissionControlDb db)
{
    public const int ReasonMax = 400;

    public async Task<ConsultationOutcome<Moderation>> HideAsync(int? proposalId, int? commentId, HideInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("reason", input.Reason, "the reason the public will read", ReasonMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Moderation>.Invalid(errors);
        }

        var moderation = await FindAsync(proposalId, commentId, ct);
        if (moderation is null)
        {
            return NotFound(proposalId, commentId);
        }

        ModerationRule.Hide(moderation, input.Reason!.Trim(), db.Actor.Name, db.Now);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Moderation>.Ok(moderation);
    }

    public async Task<ConsultationOutcome<Moderation>> RestoreAsync(int? proposalId, int? commentId, CancellationToken ct = default)
    {
        var moderation = await FindAsync(proposalId, commentId, ct);
        if (moderation is null)
        {
            return NotFound(proposalId, commentId);
        }

        ModerationRule.Restore(moderation, db.Actor.Name, db.Now);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Moderation>.Ok(moderation);
    }

    /// <summary>Adopts a proposal into an initiative of the consultation's mission; adopting it again moves it to another initiative.</summary>
    public async Task<ConsultationOutcome<Proposal>> AdoptAsync(int proposalId, AdoptInput input, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return ConsultationOutcome<Proposal>.NotFound($"There is no proposal {proposalId}.");
        }

        if (string.IsNullOrWhiteSpace(input.InitiativeSlug))
        {
            return ConsultationOutcome<Proposal>.Invalid("initiativeSlug", "Choose the initiative that takes the proposal on.");
        }

        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Slug == input.InitiativeSlug.Trim())
            .Select(i => new { i.Id, i.MissionId }).FirstOrDefaultAsync(ct);
        if (initiative is null)
        {
            return ConsultationOutcome<Proposal>.Invalid("initiativeSlug", $"There is no initiative '{input.InitiativeSlug}'.");
        }

        var missionId = await db.Consultations.Where(c => c.Id == proposal.ConsultationId).Select(c => c.MissionId).FirstAsync(ct);
        if (initiative.MissionId != missionId)
        {
            return ConsultationOutcome<Proposal>.Refused("A proposal is adopted into an initiative of the consultation's own mission.");
        }

        if (proposal.Moderation.Hidden)
        {
            return ConsultationOutcome<Proposal>.Refused("A hidden proposal cannot be adopted; restore it first.");
        }

        if (proposal.AdoptedInitiativeId != initiative.Id)
        {
            proposal.AdoptedInitiativeId = initiative.Id;
            proposal.AdoptedAt = db.Now;
            await db.SaveChangesAsync(ct);
        }

        return ConsultationOutcome<Proposal>.Ok(proposal);
    }

    private async Task<Moderation?> FindAsync(int? proposalId, int? commentId, CancellationToken ct) =>
        proposalId is { } pid
            ? (await db.Proposals.FirstOrDefaultAsync(p => p.Id == pid, ct))?.Moderation
            : (await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct))?.Moderation;

    private static ConsultationOutcome<Moderation> NotFound(int? proposalId, int? commentId) =>
        ConsultationOutcome<Moderation>.NotFound(proposalId is not null ? $"There is no proposal {proposalId}." : $"There is no comment {commentId}.");
}
