using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>A letter in a list, as <c>GET /api/v1/missions/{slug}/letters</c> returns it; <c>version</c> is its number.</summary>
public sealed record LetterSummary(int Id, int Version, LetterStatus Status, DateTimeOffset? IssuedAt, DateTimeOffset? AcknowledgedAt);

public sealed record LetterGoalView(string Text, string? Due);

/// <summary>Whom the letter is addressed to: the mission's political owner.</summary>
public sealed record AddresseeView(string? Name, string? Title);

/// <summary>A whole letter, as <c>GET /api/v1/letters/{id}</c> returns it.</summary>
public sealed record LetterDetail(
    int Id,
    int Version,
    LetterStatus Status,
    string MissionSlug,
    string MissionTitle,
    AddresseeView Addressee,
    string Landmark,
    IReadOnlyList<LetterGoalView> Goals,
    string? Scope,
    IReadOnlyList<string> Stakeholders,
    IReadOnlyList<string> Milestones,
    string? ReportingCadence,
    IReadOnlyList<string> NoLongerPriorities,
    DateTimeOffset CreatedAt,
    DateTimeOffset? IssuedAt,
    string? IssuedBy,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? SupersededAt,
    LetterSummary? Previous,
    LetterSummary? Next);

/// <summary>What decides who may see a letter: its status and its mission's.</summary>
public sealed record LetterAccess(int Id, int MissionId, string MissionSlug, MissionStatus MissionStatus, LetterStatus Status);

/// <summary>A letter compared with the version before it (none for the first letter).</summary>
public sealed record LetterChanges(LetterDetail Letter, IReadOnlyList<SectionDiff> Sections);
