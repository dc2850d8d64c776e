namespace MissionControl.Core.Governance;

public enum BodyKind
{
    MissionBoard,
    Secretariat,
    DeliveryTeam,
    AdvisoryBoard,
    Ambassadors,
    VisionaryCouncil,
    SteeringCommittee,
}

public enum MemberRole
{
    Chair,
    Member,
    Secretary,
    Ambassador,
    Adviser,
}

/// <summary>How often a body meets; stocktakes are scheduled from it.</summary>
public enum MeetingCadence
{
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// <summary>
/// A board, secretariat, delivery team, advisory board, group of ambassadors or council that governs one
/// mission (or several, when <see cref="MissionId"/> is null), with its members and the body it reports to.
/// </summary>
public class GovernanceBody : IVersioned
{
    public int Id { get; set; }

    /// <summary>Raised on every change, so an edit made from a stale copy is refused.</summary>
    public int Version { get; set; }

    /// <summary>Null for a body that works across missions, such as the centre's steering committee.</summary>
    public int? MissionId { get; set; }

    public BodyKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Mandate { get; set; }

    public MeetingCadence? Cadence { get; set; }

    /// <summary>The body this one reports to: the chain of command.</summary>
    public int? ReportsToId { get; set; }

    public List<BodyMember> Members { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A person on a governance body; advisers and ambassadors may be assigned to particular initiatives.</summary>
public class BodyMember
{
    public required string Name { get; set; }

    public string? Organisation { get; set; }

    public MemberRole Role { get; set; }

    /// <summary>Initiatives this member advises or champions, project by project.</summary>
    public List<string> InitiativeSlugs { get; set; } = [];
}
