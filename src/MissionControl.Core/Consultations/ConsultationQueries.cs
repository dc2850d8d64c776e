using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Consultations;

/// <summary>Reads for the consultation pages and the API.</summary>
public sealed class ConsultationQueries(MissionControlDb db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    public async Task<List<ConsultationSummary>?> ForMissionAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new { m.Id, m.Slug, m.Title }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return null;
        }

        var rows = await db.Consultations.AsNoTracking().Where(c => c.MissionId == mission.Id)
            .Select(c => new
            {
                c.Slug,
                c.Title,
                c.Channel,
                c.Opens,
                c.Closes,
                HasSynthesis = c.Synthesis != null,
                Proposals = db.Proposals.Count(p => p.ConsultationId == c.Id && !p.Moderation.Hidden),
            })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Closes).ThenBy(r => r.Title, StringComparer.Ordinal).Select(r => new ConsultationSummary(
            r.Slug, r.Title, Codes.ToCode(r.Channel), r.Opens, r.Closes, ConsultationWindow.Describe(r.Opens, r.Closes, Today),
            mission.Slug, mission.Title, r.Proposals, r.HasSynthesis))];
    }

    /// <summary>Every consultation across missions, newest closing first.</summary>
    public async Task<List<ConsultationSummary>> AllAsync(bool includeDrafts, CancellationToken ct = default)
    {
        var rows = await db.Consultations.AsNoTracking()
            .Join(db.Missions, c => c.MissionId, m => m.Id, (c, m) => new { c, m })
            .Where(x => includeDrafts || x.m.Status != MissionStatus.Draft)
            .Select(x => new
            {
                x.c.Slug,
                x.c.Title,
                x.c.Channel,
                x.c.Opens,
                x.c.Closes,
                HasSynthesis = x.c.Synthesis != null,
                MissionSlug = x.m.Slug,
                MissionTitle = x.m.Title,
                Proposals = db.Proposals.Count(p => p.ConsultationId == x.c.Id && !p.Moderation.Hidden),
            })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Closes).ThenBy(r => r.Title, StringComparer.Ordinal).Select(r => new ConsultationSummary(
            r.Slug, r.Title, Codes.ToCode(r.Channel), r.Opens, r.Closes, ConsultationWindow.Describe(r.Opens, r.Closes, Today),
            r.MissionSlug, r.MissionTitle, r.Proposals, r.HasSynthesis))];
    }

    public async Task<ConsultationDetail?> FindAsync(string slug, bool includeDrafts, CancellationToken ct = default)
    {
        var found = await db.Consultations.AsNoTracking().Where(c => c.Slug == slug)
            .Join(db.Missions, c => c.MissionId, m => m.Id, (c, m) => new { c, m })
            .Where(x => includeDrafts || x.m.Status != MissionStatus.Draft)
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var c = found.c;
        var initiative = c.InitiativeId is { } iid
            ? await db.Initiatives.AsNoTracking().Where(i => i.Id == iid).Select(i => new { i.Slug, i.Title }).FirstOrDefaultAsync(ct)
            : null;
        var stakeholders = c.EngagedStakeholderIds.Count == 0
            ? []
            : await db.Stakeholders.AsNoTracking().Where(s => c.EngagedStakeholderIds.Contains(s.Id)).OrderBy(s => s.Name)
                .Select(s => new StakeholderRef(s.Id, s.Name)).ToListAsync(ct);
        var proposals = await db.Proposals.CountAsync(p => p.ConsultationId == c.Id && !p.Moderation.Hidden, ct);
        var today = Today;
        return new ConsultationDetail(
            c.Id, c.Slug, c.Title, Codes.ToCode(c.Channel), found.m.Slug, found.m.Title, found.m.Id, initiative?.Slug, initiative?.Title,
            c.Prompt, SafeMarkdown.ToHtml(c.Prompt), c.Opens, c.Closes, ConsultationWindow.Describe(c.Opens, c.Closes, today),
            ConsultationWindow.IsOpen(c.Opens, c.Closes, today),
            [.. c.Workshops.OrderBy(w => w.Date).Select(w => new WorkshopView(w.Date, w.Participants, w.Outputs, SafeMarkdown.ToHtml(w.Outputs)))],
            c.EngagedStakeholderIds, stakeholders,
            c.Synthesis, c.Synthesis is null ? null : SafeMarkdown.ToHtml(c.Synthesis), c.SynthesisPublishedAt, proposals, c.Version);
    }

    /// <summary>A consultation's proposals, most supported first; hidden ones keep their place but not their text, unless <paramref name="moderator"/>.</summary>
    public async Task<List<ProposalView>> ProposalsAsync(int consultationId, bool moderator, CancellationToken ct = default)
    {
        var ids = await db.Proposals.AsNoTracking().Where(p => p.ConsultationId == consultationId)
            .OrderByDescending(p => p.Supports).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        return await ViewsAsync(ids, moderator, withTrace: false, ct);
    }

    public async Task<ProposalView?> ProposalAsync(int id, bool includeDrafts, bool moderator, CancellationToken ct = default)
    {
        var visible = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (p, c) => c.MissionId)
            .Join(db.Missions, mid => mid, m => m.Id, (_, m) => m.Status)
            .Select(s => (MissionStatus?)s).FirstOrDefaultAsync(ct);
        if (visible is null || (!includeDrafts && visible == MissionStatus.Draft))
        {
            return null;
        }

        return (await ViewsAsync([id], moderator, withTrace: true, ct)).SingleOrDefault();
    }

    public async Task<List<CommentView>> CommentsAsync(int proposalId, bool moderator, CancellationToken ct = default)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.ProposalId == proposalId).OrderBy(c => c.Id)
            .Select(c => new { Comment = c, Author = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName ?? "A citizen").FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var c = r.Comment;
            var shown = !c.Moderation.Hidden || moderator;
            return new CommentView(c.Id, c.ProposalId, r.Author ?? "A citizen", shown ? c.Body : "", shown ? SafeMarkdown.ToHtml(c.Body) : "", c.CreatedAt,
                c.Moderation.Hidden, c.Moderation.Hidden ? ModerationRule.HiddenNotice(c.Moderation.Reason) : null, c.Moderation.PendingReview,
                moderator ? c.Moderation.Reports : 0);
        })];
    }

    /// <summary>What waits for the moderators of the given missions (all missions when null): items hidden by reports first.</summary>
    public async Task<List<ModerationItem>> QueueAsync(IReadOnlyCollection<int>? missionIds, CancellationToken ct = default)
    {
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.Moderation.Reports > 0 || p.Moderation.PendingReview)
            .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (p, c) => new { p, c.Slug, c.MissionId })
            .Where(x => missionIds == null || missionIds.Contains(x.MissionId))
            .Select(x => new
            {
                x.p,
                x.Slug,
                Author = db.Users.Where(u => u.Id == x.p.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                Reasons = db.Reports.Where(r => r.ProposalId == x.p.Id && r.Reason != null).Select(r => r.Reason!).ToList(),
            })
            .ToListAsync(ct);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.Moderation.Reports > 0 || c.Moderation.PendingReview)
            .Join(db.Proposals, c => c.ProposalId, p => p.Id, (c, p) => new { c, p.Title, p.ConsultationId })
            .Join(db.Consultations, x => x.ConsultationId, k => k.Id, (x, k) => new { x.c, x.Title, k.Slug, k.MissionId })
            .Where(x => missionIds == null || missionIds.Contains(x.MissionId))
            .Select(x => new
            {
                x.c,
                x.Title,
                x.Slug,
                Author = db.Users.Where(u => u.Id == x.c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                Reasons = db.Reports.Where(r => r.CommentId == x.c.Id && r.Reason != null).Select(r => r.Reason!).ToList(),
            })
            .ToListAsync(ct);
        var items = proposals.Select(x => new ModerationItem("proposal", x.p.Id, x.p.Id, x.Slug, x.p.Title, Excerpt(x.p.Body), x.Author ?? "A citizen",
                x.p.Moderation.Reports, x.p.Moderation.Hidden, x.p.Moderation.PendingReview, x.p.Moderation.Reason, x.Reasons))
            .Concat(comments.Select(x => new ModerationItem("comment", x.c.Id, x.c.ProposalId, x.Slug, $"Comment on “{x.Title}”", Excerpt(x.c.Body), x.Author ?? "A citizen",
                x.c.Moderation.Reports, x.c.Moderation.Hidden, x.c.Moderation.PendingReview, x.c.Moderation.Reason, x.Reasons)));
        return [.. items.OrderByDescending(i => i.PendingReview).ThenByDescending(i => i.Reports).ThenBy(i => i.Id)];
    }

    private async Task<List<ProposalView>> ViewsAsync(IReadOnlyList<int> ids, bool moderator, bool withTrace, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (p, c) => new { p, c.Slug, c.Title, c.MissionId })
            .Join(db.Missions, x => x.MissionId, m => m.Id, (x, m) => new { x.p, x.Slug, x.Title, MissionSlug = m.Slug })
            .Select(x => new
            {
                x.p,
                x.Slug,
                x.Title,
                x.MissionSlug,
                Author = db.Users.Where(u => u.Id == x.p.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                Initiative = db.Initiatives.Where(i => i.Id == x.p.AdoptedInitiativeId).Select(i => new { i.Id, i.Slug, i.Title, i.Stage }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var decisions = new Dictionary<int, List<TraceDecision>>();
        if (withTrace)
        {
            var initiativeIds = rows.Where(r => r.Initiative is not null).Select(r => r.Initiative!.Id).Distinct().ToList();
            var gates = await db.GateDecisions.AsNoTracking().Where(g => initiativeIds.Contains(g.InitiativeId)).ToListAsync(ct);
            decisions = gates.GroupBy(g => g.InitiativeId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedAt)
                .Select(d => new TraceDecision(Codes.ToCode(d.Decision), Codes.ToCode(d.FromStage), Codes.ToCode(d.ToStage), d.DecidedAt, d.Rationale)).ToList());
        }

        var byId = rows.ToDictionary(r => r.p.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var p = r.p;
            var shown = !p.Moderation.Hidden || moderator;
            var trace = r.Initiative is { } i
                ? new ProposalTrace(i.Slug, i.Title, Codes.ToCode(i.Stage), p.AdoptedAt, decisions.GetValueOrDefault(i.Id) ?? [])
                : null;
            return new ProposalView(p.Id, r.Slug, r.Title, r.MissionSlug, shown ? p.Title : "Hidden proposal", shown ? p.Body : "", shown ? SafeMarkdown.ToHtml(p.Body) : "",
                r.Author ?? "A citizen", p.CreatedAt, p.Supports, p.Moderation.Hidden,
                p.Moderation.Hidden ? ModerationRule.HiddenNotice(p.Moderation.Reason) : null, p.Moderation.PendingReview,
                moderator ? p.Moderation.Reports : 0, trace);
        })];
    }

    private static string Excerpt(string text) => text.Length <= 240 ? text : text[..240] + "…";
}
