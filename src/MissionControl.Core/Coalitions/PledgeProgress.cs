namespace MissionControl.Core.Coalitions;

/// <summary>A pledge's status, derived from what was delivered and verified; nobody sets it by hand.</summary>
public static class PledgeProgress
{
    /// <summary>
    /// Withdrawn once withdrawn; otherwise pledged while nothing verified has been delivered, delivered once the verified
    /// quantities reach the pledged quantity, and partly delivered in between. Unverified deliveries do not count.
    /// </summary>
    public static PledgeStatus Status(decimal pledged, bool withdrawn, IEnumerable<decimal> verifiedQuantities)
    {
        ArgumentNullException.ThrowIfNull(verifiedQuantities);
        if (withdrawn)
        {
            return PledgeStatus.Withdrawn;
        }

        var delivered = verifiedQuantities.Sum();
        if (delivered <= 0)
        {
            return PledgeStatus.Pledged;
        }

        return delivered >= pledged ? PledgeStatus.Delivered : PledgeStatus.PartlyDelivered;
    }
}
