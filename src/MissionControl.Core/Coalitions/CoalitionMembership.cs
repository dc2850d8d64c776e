using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Coalitions;

/// <summary>Whether an organisation currently counts as a member of a mission's coalition.</summary>
public enum MembershipStatus
{
    Active,
    Lapsed,
}

/// <summary>What the membership rule needs to know of one pledge: its period, whether it was withdrawn, its verified deliveries' dates.</summary>
public sealed record PledgeFacts(DateOnly From, DateOnly To, bool Withdrawn, IReadOnlyList<DateOnly> VerifiedDeliveries);

/// <summary>Settings of coalitions, bound from <c>MissionControl:Coalitions</c>.</summary>
public sealed class CoalitionOptions
{
    public const string Section = "MissionControl:Coalitions";

    /// <summary>How long a verified delivery keeps its organisation active, in months.</summary>
    [Range(1, 120)]
    public int ActiveMonths { get; set; } = 12;
}

/// <summary>
/// Membership is earned, never appointed: an organisation is active while one of its pledges to the mission (not
/// withdrawn) runs over today, or while one of its deliveries, verified by the mission team, is recent enough.
/// </summary>
public static class CoalitionMembership
{
    public static MembershipStatus Status(IEnumerable<PledgeFacts> pledges, DateOnly today, int activeMonths)
    {
        ArgumentNullException.ThrowIfNull(pledges);
        var since = today.AddMonths(-activeMonths);
        foreach (var pledge in pledges)
        {
            if (!pledge.Withdrawn && pledge.From <= today && today <= pledge.To)
            {
                return MembershipStatus.Active;
            }

            // What was delivered and verified counts even if the pledge was withdrawn later.
            if (pledge.VerifiedDeliveries.Any(d => d >= since && d <= today))
            {
                return MembershipStatus.Active;
            }
        }

        return MembershipStatus.Lapsed;
    }
}
