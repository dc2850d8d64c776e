using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Tests.Portfolio;

/// <summary>
/// The next review is the mission's cadence (6 months by default) after the last review, or the follow-up
/// interval (3 months by default) after a red or amber-red rating. Adding months keeps the day of the month,
/// or the month's last day when it is shorter (31 January + 3 months = 30 April).
/// </summary>
public class ReviewScheduleTests
{
    private const int Cadence = ReviewSchedule.DefaultCadenceMonths;
    private const int FollowUp = ReviewSchedule.DefaultFollowUpMonths;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Defaults_AreSixAndThreeMonths()
    {
        Assert.Equal(6, ReviewSchedule.DefaultCadenceMonths);
        Assert.Equal(3, ReviewSchedule.DefaultFollowUpMonths);
    }

    [Theory]
    [InlineData(DeliveryConfidence.Green)]
    [InlineData(DeliveryConfidence.AmberGreen)]
    [InlineData(DeliveryConfidence.Amber)]
    public void NextDue_GreenToAmber_SixMonthsLater(DeliveryConfidence rating)
    {
        // 2026-01-31 + 6 months = 2026-07-31 (July has 31 days).
        Assert.Equal(D("2026-07-31"), ReviewSchedule.NextDue(D("2026-01-31"), rating, Cadence, FollowUp));
    }

    [Fact]
    public void NextDue_NotYetRated_CadenceFromTheStart()
    {
        // 2026-03-15 + 6 months = 2026-09-15.
        Assert.Equal(D("2026-09-15"), ReviewSchedule.NextDue(D("2026-03-15"), null, Cadence, FollowUp));
    }

    [Theory]
    [InlineData(DeliveryConfidence.Red)]
    [InlineData(DeliveryConfidence.AmberRed)]
    public void NextDue_RedOrAmberRed_ThreeMonthsLaterClampedToMonthEnd(DeliveryConfidence rating)
    {
        // 2026-01-31 + 3 months: April has 30 days, so 2026-04-30.
        Assert.Equal(D("2026-04-30"), ReviewSchedule.NextDue(D("2026-01-31"), rating, Cadence, FollowUp));
    }

    [Theory]
    [InlineData("2025-11-30", "2026-02-28")] // 2026 is not a leap year: February ends on the 28th
    [InlineData("2027-11-30", "2028-02-29")] // 2028 is a leap year
    [InlineData("2026-05-10", "2026-08-10")] // the same day three months on
    [InlineData("2026-10-15", "2027-01-15")] // across the year end
    public void NextDue_Red_WorkedDates(string reviewed, string expected)
    {
        Assert.Equal(D(expected), ReviewSchedule.NextDue(D(reviewed), DeliveryConfidence.Red, Cadence, FollowUp));
    }

    [Theory]
    [InlineData("2026-08-31", "2027-02-28")] // 31 August + 6 months: February 2027 ends on the 28th
    [InlineData("2026-12-01", "2027-06-01")]
    public void NextDue_Green_WorkedDates(string reviewed, string expected)
    {
        Assert.Equal(D(expected), ReviewSchedule.NextDue(D(reviewed), DeliveryConfidence.Green, Cadence, FollowUp));
    }

    [Fact]
    public void NextDue_MissionWithOwnCadence_UsesItsIntervals()
    {
        // A mission reviewing yearly with a 2-month follow-up: green 2026-01-31 → 2027-01-31; red → 2026-03-31.
        Assert.Equal(D("2027-01-31"), ReviewSchedule.NextDue(D("2026-01-31"), DeliveryConfidence.Green, 12, 2));
        Assert.Equal(D("2026-03-31"), ReviewSchedule.NextDue(D("2026-01-31"), DeliveryConfidence.Red, 12, 2));
    }

    [Theory]
    [InlineData(DeliveryConfidence.Red, true)]
    [InlineData(DeliveryConfidence.AmberRed, true)]
    [InlineData(DeliveryConfidence.Amber, false)]
    [InlineData(DeliveryConfidence.AmberGreen, false)]
    [InlineData(DeliveryConfidence.Green, false)]
    [InlineData(null, false)]
    public void NeedsFollowUp_EachRating_OnlyRedAndAmberRed(DeliveryConfidence? rating, bool expected)
    {
        Assert.Equal(expected, ReviewSchedule.NeedsFollowUp(rating));
    }

    [Theory]
    [InlineData(Stage.Idea)]
    [InlineData(Stage.Discovery)]
    [InlineData(Stage.Pilot)]
    [InlineData(Stage.Scale)]
    public void IsOverdue_OpenStageDueYesterday_True(Stage stage)
    {
        Assert.True(ReviewSchedule.IsOverdue(D("2026-04-29"), stage, D("2026-04-30")));
    }

    [Theory]
    [InlineData("2026-04-30")] // due today: not yet overdue
    [InlineData("2026-05-01")]
    public void IsOverdue_OpenStageDueTodayOrLater_False(string due)
    {
        Assert.False(ReviewSchedule.IsOverdue(D(due), Stage.Pilot, D("2026-04-30")));
    }

    [Theory]
    [InlineData(Stage.Mainstreamed)]
    [InlineData(Stage.Stopped)]
    [InlineData(Stage.Repurposed)]
    public void IsOverdue_ClosedStageLongPastDue_False(Stage stage)
    {
        Assert.False(ReviewSchedule.IsOverdue(D("2020-01-01"), stage, D("2026-04-30")));
    }
}
