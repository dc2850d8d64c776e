using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissionControl.Core.Data;

namespace MissionControl.Core.Consultations;

public sealed record ProposalInput(string? Title, string? Body);

public sealed record CommentInput(string? Body);

public sealed record ReportInput(string? Reason);

/// <summary>
/// What the public does in a consultation: propose, comment, support and report. Each asks that the person has
/// confirmed their e-mail address, that the consultation is open (for proposals and comments), and keeps to the
/// per-person limits of <see cref="ConsultationsOptions"/>, counted in the database so every web node agrees.
/// </summary>
public sealed class Participate(MissionControlDb db, IOptions<ConsultationsOptions> options)
{
    public const int ProposalTitleMax = 200;
    public const int ProposalBodyMax = 10_000;
    public const int CommentBodyMax = 4000;
    public const int ReportReasonMax = 400;

    private ConsultationsOptions Limits => options.Value;

    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    public async Task<ConsultationOutcome<Proposal>> ProposeAsync(string consultationSlug, string userId, ProposalInput input, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == consultationSlug, ct);
        if (consultation is null)
        {
            return ConsultationOutcome<Proposal>.NotFound($"There is no consultation '{consultationSlug}'.");
        }

        var errors = new ValidationErrors();
        errors.Required("title", input.Title, "a title for your proposal", ProposalTitleMax);
        errors.Required("body", input.Body, "your proposal", ProposalBodyMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Proposal>.Invalid(errors);
        }

        if (await RefusalAsync<Proposal>(userId, consultation) is { } refused)
        {
            return refused;
        }

        var since = RateLimitRule.WindowStart(db.Now);
        var recent = await db.Proposals.AsNoTracking().Where(p => p.AuthorId == userId && p.CreatedAt > since).Select(p => p.CreatedAt).ToListAsync(ct);
        if (RateLimitRule.RetryAfter(recent, Limits.ProposalsPerHour, db.Now) is { } wait)
        {
            return ConsultationOutcome<Proposal>.TooMany(
                $"You can submit {Limits.ProposalsPerHour} proposals an hour. Try again in {Minutes(wait)}.", wait);
        }

        var proposal = new Proposal
        {
            ConsultationId = consultation.Id,
            AuthorId = userId,
            Title = input.Title!.Trim(),
            Body = input.Body!.Trim(),
            CreatedAt = db.Now,
        };
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Proposal>.Ok(proposal);
    }

    public async Task<ConsultationOutcome<Comment>> CommentAsync(int proposalId, string userId, CommentInput input, CancellationToken ct = default)
    {
        var target = await ProposalWithConsultationAsync(proposalId, ct);
        if (target is null)
        {
            return ConsultationOutcome<Comment>.NotFound($"There is no proposal {proposalId}.");
        }

        var errors = new ValidationErrors();
        errors.Required("body", input.Body, "your comment", CommentBodyMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Comment>.Invalid(errors);
        }

        if (await RefusalAsync<Comment>(userId, target.Value.Consultation) is { } refused)
        {
            return refused;
        }

        if (target.Value.Proposal.Moderation.Hidden)
        {
            return ConsultationOutcome<Comment>.Refused("This proposal is hidden by the moderators and takes no comments.");
        }

        var since = RateLimitRule.WindowStart(db.Now);
        var recent = await db.Comments.AsNoTracking().Where(c => c.AuthorId == userId && c.CreatedAt > since).Select(c => c.CreatedAt).ToListAsync(ct);
        if (RateLimitRule.RetryAfter(recent, Limits.CommentsPerHour, db.Now) is { } wait)
        {
            return ConsultationOutcome<Comment>.TooMany($"You can write {Limits.CommentsPerHour} comments an hour. Try again in {Minutes(wait)}.", wait);
        }

        var comment = new Comment { ProposalId = proposalId, AuthorId = userId, Body = input.Body!.Trim(), CreatedAt = db.Now };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Comment>.Ok(comment);
    }

    /// <summary>Supports a proposal once per person: a second support changes nothing and still succeeds. Returns the number of supports.</summary>
    public async Task<ConsultationOutcome<int>> SupportAsync(int proposalId, string userId, CancellationToken ct = default)
    {
        var target = await ProposalWithConsultationAsync(proposalId, ct);
        if (target is null)
        {
            return ConsultationOutcome<int>.NotFound($"There is no proposal {proposalId}.");
        }

        if (await RefusalAsync<int>(userId, target.Value.Consultation) is { } refused)
        {
            return refused;
        }

        if (target.Value.Proposal.Moderation.Hidden)
        {
            return ConsultationOutcome<int>.Refused("This proposal is hidden by the moderators and cannot be supported.");
        }

        if (!await db.Supports.AnyAsync(s => s.ProposalId == proposalId && s.UserId == userId, ct))
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            db.Supports.Add(new Support { ProposalId = proposalId, UserId = userId, At = db.Now });
            var duplicate = false;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same person's other request got there first: the key allows one support, which is what they asked for.
                duplicate = true;
            }

            if (duplicate)
            {
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(ct);
                }

                db.ChangeTracker.Clear();
            }
            else
            {
                // An increment in the database, only after the key accepted the support, so concurrent supports from
                // different people each count once and a repeated one never does.
                await db.Proposals.Where(p => p.Id == proposalId)
                    .ExecuteUpdateAsync(u => u.SetProperty(p => p.Supports, p => p.Supports + 1), ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
            }
        }

        return ConsultationOutcome<int>.Ok(await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.Supports).FirstAsync(ct));
    }

    /// <summary>Reports a proposal or a comment; one report per person per item counts. Enough reports hide it pending review.</summary>
    public async Task<ConsultationOutcome<Moderation>> ReportAsync(int? proposalId, int? commentId, string userId, ReportInput input, CancellationToken ct = default)
    {
        Moderation? moderation;
        Consultation? consultation;
        if (proposalId is { } pid)
        {
            var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == pid, ct);
            moderation = proposal?.Moderation;
            consultation = proposal is null ? null : await db.Consultations.AsNoTracking().FirstAsync(c => c.Id == proposal.ConsultationId, ct);
        }
        else
        {
            var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct);
            moderation = comment?.Moderation;
            consultation = comment is null ? null : await db.Proposals.Where(p => p.Id == comment.ProposalId)
                .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (_, c) => c).AsNoTracking().FirstAsync(ct);
        }

        if (moderation is null || consultation is null)
        {
            return ConsultationOutcome<Moderation>.NotFound(proposalId is not null ? $"There is no proposal {proposalId}." : $"There is no comment {commentId}.");
        }

        var errors = new ValidationErrors();
        errors.MaxLength("reason", input.Reason, "the reason", ReportReasonMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Moderation>.Invalid(errors);
        }

        if (await RefusalAsync<Moderation>(userId, consultation, needsOpen: false) is { } refused)
        {
            return refused;
        }

        var already = proposalId is not null
            ? await db.Reports.AnyAsync(r => r.ProposalId == proposalId && r.UserId == userId, ct)
            : await db.Reports.AnyAsync(r => r.CommentId == commentId && r.UserId == userId, ct);
        if (already)
        {
            return ConsultationOutcome<Moderation>.Ok(moderation);
        }

        var since = RateLimitRule.WindowStart(db.Now);
        var recent = await db.Reports.AsNoTracking().Where(r => r.UserId == userId && r.At > since).Select(r => r.At).ToListAsync(ct);
        if (RateLimitRule.RetryAfter(recent, Limits.ReportsPerHour, db.Now) is { } wait)
        {
            return ConsultationOutcome<Moderation>.TooMany($"You can send {Limits.ReportsPerHour} reports an hour. Try again in {Minutes(wait)}.", wait);
        }

        db.Reports.Add(new Report { ProposalId = proposalId, CommentId = proposalId is null ? commentId : null, UserId = userId, Reason = Blank(input.Reason), At = db.Now });
        ModerationRule.ApplyReport(moderation, Limits.ReportsToHide);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Moderation>.Ok(moderation);
    }

    private async Task<(Proposal Proposal, Consultation Consultation)?> ProposalWithConsultationAsync(int proposalId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return null;
        }

        var consultation = await db.Consultations.AsNoTracking().FirstAsync(c => c.Id == proposal.ConsultationId, ct);
        return (proposal, consultation);
    }

    private async Task<ConsultationOutcome<T>?> RefusalAsync<T>(string userId, Consultation consultation, bool needsOpen = true)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.EmailConfirmed))
        {
            return ConsultationOutcome<T>.Refused("Confirm your e-mail address first: follow the link in the message we sent you.");
        }

        if (needsOpen && !ConsultationWindow.IsOpen(consultation.Opens, consultation.Closes, Today))
        {
            return ConsultationOutcome<T>.Refused(Today < consultation.Opens
                ? $"This consultation opens on {consultation.Opens:d MMMM yyyy}; it takes proposals, comments and supports from then."
                : $"This consultation closed on {consultation.Closes:d MMMM yyyy}; it takes no more proposals, comments or supports.");
        }

        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Minutes(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes <= 1 ? "a minute" : $"{minutes} minutes";
    }
}
