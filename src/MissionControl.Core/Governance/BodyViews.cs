namespace MissionControl.Core.Governance;

/// <summary>A member of a governance body as the API and pages show it.</summary>
public sealed record BodyMemberView(string Name, string? Organisation, MemberRole Role, IReadOnlyList<string> InitiativeSlugs);

/// <summary>
/// When a body meets next: a scheduled stocktake (<paramref name="StocktakeId"/> set), or a date projected from its
/// cadence (<paramref name="Projected"/>).
/// </summary>
public sealed record NextMeetingView(DateOnly Date, bool Projected, int? StocktakeId);

/// <summary>A governance body; <paramref name="MissionSlug"/> is null for a body across missions.</summary>
public sealed record BodyView(
    int Id,
    string? MissionSlug,
    BodyKind Kind,
    string Name,
    string? Mandate,
    MeetingCadence? Cadence,
    int? ReportsToId,
    IReadOnlyList<BodyMemberView> Members,
    NextMeetingView? NextMeeting,
    int Version);

/// <summary>
/// A mission's governance: its bodies, and the bodies across missions they report to (directly or further up), so the
/// chain of command can be drawn whole.
/// </summary>
public sealed record GovernanceView(string MissionSlug, string MissionTitle, IReadOnlyList<BodyView> Bodies);
