using MissionControl.Core.Organisations;

namespace MissionControl.Core.Coalitions;

/// <summary>A quantity of one kind of contribution in one unit, e.g. funding 2,000,000 DKK.</summary>
public sealed record Amount(PledgeKind Kind, decimal Quantity, string Unit);

public sealed record DeliveryView(int Id, int PledgeId, DateOnly Date, decimal Quantity, string Evidence, DateTimeOffset? VerifiedAt, string? VerifiedBy)
{
    public bool Verified => VerifiedAt is not null;
}

public sealed record PledgeView(
    int Id,
    string MissionSlug,
    string OrganisationSlug,
    string OrganisationName,
    Sector Sector,
    string? InitiativeSlug,
    string? InitiativeTitle,
    PledgeKind Kind,
    decimal Quantity,
    string Unit,
    DateOnly From,
    DateOnly To,
    string? Conditions,
    PledgeStatus Status,
    decimal Delivered,
    DateTimeOffset? WithdrawnAt,
    IReadOnlyList<DeliveryView> Deliveries);

/// <summary>
/// An organisation in a mission's coalition: active or lapsed by <see cref="CoalitionMembership"/>, with what it pledged
/// (withdrawn pledges left out) and what it delivered (verified deliveries only), totalled by kind and unit.
/// </summary>
public sealed record CoalitionMember(
    string OrganisationSlug,
    string OrganisationName,
    Sector Sector,
    MembershipStatus Status,
    IReadOnlyList<Amount> Pledged,
    IReadOnlyList<Amount> Delivered);

/// <summary>A stakeholder named in a warning.</summary>
public sealed record StakeholderRef(int Id, string Name);

public sealed record CoalitionView(
    int MissionId,
    string MissionSlug,
    string MissionTitle,
    IReadOnlyList<CoalitionMember> Members,
    int Sectors,
    IReadOnlyList<Amount> PledgedTotals,
    IReadOnlyList<Amount> DeliveredTotals,
    IReadOnlyList<PledgeView> Pledges,
    IReadOnlyList<StakeholderRef> UnengagedNegativelyAffected);

public sealed record StakeholderView(
    int Id,
    string Name,
    string? OrganisationSlug,
    string? OrganisationName,
    int Interest,
    int Influence,
    StakeholderEffect Effect,
    bool FutureGenerations,
    string? Notes,
    bool Engaged);

public sealed record StakeholderMap(
    int MissionId,
    string MissionSlug,
    string MissionTitle,
    IReadOnlyList<StakeholderView> Stakeholders,
    IReadOnlyList<StakeholderRef> UnengagedNegativelyAffected,
    bool HasFutureGenerationsRepresentative);
