namespace MissionControl.Core.Consultations;

/// <summary>A consultation in a list.</summary>
public sealed record ConsultationSummary(
    string Slug, string Title, string Channel, DateOnly Opens, DateOnly Closes, string State,
    string MissionSlug, string MissionTitle, int Proposals, bool HasSynthesis);

public sealed record WorkshopView(DateOnly Date, int Participants, string? Outputs, string OutputsHtml);

public sealed record StakeholderRef(int Id, string Name);

/// <summary>One consultation with its prompt (Markdown and safe HTML), workshops, engaged stakeholders and synthesis.</summary>
public sealed record ConsultationDetail(
    int Id, string Slug, string Title, string Channel, string MissionSlug, string MissionTitle, int MissionId,
    string? InitiativeSlug, string? InitiativeTitle,
    string Prompt, string PromptHtml, DateOnly Opens, DateOnly Closes, string State, bool IsOpen,
    IReadOnlyList<WorkshopView> Workshops, IReadOnlyList<int> EngagedStakeholderIds, IReadOnlyList<StakeholderRef> EngagedStakeholders,
    string? Synthesis, string? SynthesisHtml, DateTimeOffset? SynthesisPublishedAt, int Proposals, int Version);

/// <summary>A gate decision on the adopting initiative, as the proposal's trace shows it.</summary>
public sealed record TraceDecision(string Decision, string FromStage, string ToStage, DateTimeOffset DecidedAt, string Rationale);

/// <summary>What was done with a proposal: the initiative that adopted it, its current stage and its gate decisions.</summary>
public sealed record ProposalTrace(
    string InitiativeSlug, string InitiativeTitle, string Stage, DateTimeOffset? AdoptedAt, IReadOnlyList<TraceDecision> GateDecisions);

/// <summary>
/// A proposal. When hidden, <see cref="Body"/> and <see cref="BodyHtml"/> are empty for the public and
/// <see cref="HiddenNotice"/> says why.
/// </summary>
public sealed record ProposalView(
    int Id, string ConsultationSlug, string ConsultationTitle, string MissionSlug, string Title, string Body, string BodyHtml,
    string Author, DateTimeOffset CreatedAt, int Supports, bool Hidden, string? HiddenNotice, bool PendingReview, int Reports,
    ProposalTrace? Trace);

public sealed record CommentView(
    int Id, int ProposalId, string Author, string Body, string BodyHtml, DateTimeOffset CreatedAt, bool Hidden, string? HiddenNotice, bool PendingReview, int Reports);

/// <summary>An item waiting for a moderator: hidden by reports, or reported at least once.</summary>
public sealed record ModerationItem(
    string Kind, int Id, int ProposalId, string ConsultationSlug, string Title, string Excerpt, string Author,
    int Reports, bool Hidden, bool PendingReview, string? Reason, IReadOnlyList<string> ReportReasons);
