using MissionControl.Core.Coalitions;

namespace MissionControl.Core.Tests.Coalitions;

/// <summary>
/// A pledge's status comes from the quantities of its verified deliveries against the quantity pledged:
/// nothing verified → pledged; some → partly delivered; at least the pledge → delivered; withdrawn overrides.
/// </summary>
public class PledgeProgressTests
{
    [Fact]
    public void Status_NoDeliveries_Pledged()
    {
        Assert.Equal(PledgeStatus.Pledged, PledgeProgress.Status(2_000_000m, withdrawn: false, []));
    }

    [Fact]
    public void Status_VerifiedBelowPledge_PartlyDelivered()
    {
        // DKK 2,000,000 pledged; 500,000 + 750,000 = 1,250,000 verified, 62.5% of the pledge.
        Assert.Equal(PledgeStatus.PartlyDelivered, PledgeProgress.Status(2_000_000m, false, [500_000m, 750_000m]));
    }

    [Fact]
    public void Status_VerifiedEqualsPledge_Delivered()
    {
        // 3 FTE pledged; 1.5 + 1.5 = 3.0 verified: exactly the pledge.
        Assert.Equal(PledgeStatus.Delivered, PledgeProgress.Status(3m, false, [1.5m, 1.5m]));
    }

    [Fact]
    public void Status_VerifiedAbovePledge_Delivered()
    {
        // 10 datasets pledged; 12 delivered: more than promised is still delivered.
        Assert.Equal(PledgeStatus.Delivered, PledgeProgress.Status(10m, false, [12m]));
    }

    [Fact]
    public void Status_WithdrawnAfterPartDelivery_Withdrawn()
    {
        // 400 hours pledged, 120 verified, then withdrawn: the withdrawal decides.
        Assert.Equal(PledgeStatus.Withdrawn, PledgeProgress.Status(400m, withdrawn: true, [120m]));
    }

    [Fact]
    public void Status_ZeroQuantityDeliveries_StillPledged()
    {
        // 0 + 0 = 0 verified: nothing delivered yet.
        Assert.Equal(PledgeStatus.Pledged, PledgeProgress.Status(5m, false, [0m, 0m]));
    }
}
