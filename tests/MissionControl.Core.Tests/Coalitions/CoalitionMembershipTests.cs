using MissionControl.Core.Coalitions;

namespace MissionControl.Core.Tests.Coalitions;

/// <summary>
/// An organisation is active while a pledge that is not withdrawn runs over today, or while it has a verified delivery
/// in the last <c>activeMonths</c> months (on or after today minus that many months); lapsed otherwise.
/// Today is 2026-12-02 throughout, so with 12 months the window starts on 2025-12-02.
/// </summary>
public class CoalitionMembershipTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static PledgeFacts Pledge(DateOnly from, DateOnly to, bool withdrawn = false, params DateOnly[] verified) =>
        new(from, to, withdrawn, verified);

    [Fact]
    public void Status_PledgePeriodContainsToday_Active()
    {
        // 2026-01-01 ≤ 2026-12-02 ≤ 2027-12-31.
        Assert.Equal(MembershipStatus.Active, CoalitionMembership.Status([Pledge(D(2026, 1, 1), D(2027, 12, 31))], Today, 12));
    }

    [Fact]
    public void Status_PledgeEndsToday_Active()
    {
        Assert.Equal(MembershipStatus.Active, CoalitionMembership.Status([Pledge(D(2026, 1, 1), Today)], Today, 12));
    }

    [Fact]
    public void Status_WithdrawnPledgeOverToday_Lapsed()
    {
        Assert.Equal(MembershipStatus.Lapsed, CoalitionMembership.Status([Pledge(D(2026, 1, 1), D(2027, 12, 31), withdrawn: true)], Today, 12));
    }

    [Fact]
    public void Status_PastPledgeWithDeliveryElevenMonthsAgo_Active()
    {
        // The pledge ended 2025-12-31; a delivery verified for 2026-01-15 is after 2025-12-02, inside the 12 months.
        Assert.Equal(MembershipStatus.Active,
            CoalitionMembership.Status([Pledge(D(2025, 1, 1), D(2025, 12, 31), false, D(2026, 1, 15))], Today, 12));
    }

    [Fact]
    public void Status_DeliveryOnFirstDayOfWindow_Active()
    {
        // 2026-12-02 minus 12 months = 2025-12-02, which still counts.
        Assert.Equal(MembershipStatus.Active,
            CoalitionMembership.Status([Pledge(D(2025, 1, 1), D(2025, 6, 30), false, D(2025, 12, 2))], Today, 12));
    }

    [Fact]
    public void Status_LastDeliveryThirteenMonthsAgo_Lapsed()
    {
        // 2025-11-01 is before 2025-12-02: the delivery is too old, and the pledge ended 2025-06-30.
        Assert.Equal(MembershipStatus.Lapsed,
            CoalitionMembership.Status([Pledge(D(2024, 1, 1), D(2025, 6, 30), false, D(2025, 11, 1))], Today, 12));
    }

    [Fact]
    public void Status_ShorterWindowConfigured_Lapsed()
    {
        // With 6 months the window starts on 2026-06-02; a delivery on 2026-03-10 is outside it.
        Assert.Equal(MembershipStatus.Lapsed,
            CoalitionMembership.Status([Pledge(D(2025, 1, 1), D(2025, 12, 31), false, D(2026, 3, 10))], Today, 6));
    }

    [Fact]
    public void Status_VerifiedDeliveryOnWithdrawnPledge_StillCounts()
    {
        // What was delivered was delivered: 2026-08-01 is inside the window even though the pledge was withdrawn later.
        Assert.Equal(MembershipStatus.Active,
            CoalitionMembership.Status([Pledge(D(2026, 1, 1), D(2027, 12, 31), true, D(2026, 8, 1))], Today, 12));
    }

    [Fact]
    public void Status_FuturePledgeOnly_Lapsed()
    {
        // A pledge that starts 2027-01-01 is a promise, not yet a contribution.
        Assert.Equal(MembershipStatus.Lapsed, CoalitionMembership.Status([Pledge(D(2027, 1, 1), D(2027, 12, 31))], Today, 12));
    }

    [Fact]
    public void Status_NoPledges_Lapsed()
    {
        Assert.Equal(MembershipStatus.Lapsed, CoalitionMembership.Status([], Today, 12));
    }

    [Fact]
    public void Options_DefaultActiveMonths_Twelve()
    {
        Assert.Equal(12, new CoalitionOptions().ActiveMonths);
    }
}
