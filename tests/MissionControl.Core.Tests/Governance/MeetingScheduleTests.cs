using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>A body's next meeting: its latest stocktake (or the day it was set up) plus whole cadences, on or after today.</summary>
public class MeetingScheduleTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(MeetingCadence.Weekly, "2026-03-02", "2026-03-03", "2026-03-09")] // Monday + 7 days
    [InlineData(MeetingCadence.Fortnightly, "2026-03-02", "2026-03-03", "2026-03-16")]
    [InlineData(MeetingCadence.Monthly, "2026-03-10", "2026-03-11", "2026-04-10")]
    [InlineData(MeetingCadence.Quarterly, "2026-01-15", "2026-02-01", "2026-04-15")]
    [InlineData(MeetingCadence.HalfYearly, "2026-01-15", "2026-02-01", "2026-07-15")]
    [InlineData(MeetingCadence.Yearly, "2026-01-15", "2026-02-01", "2027-01-15")]
    public void NextMeeting_OneCadenceAfterTheAnchor(MeetingCadence cadence, string anchor, string today, string expected)
    {
        Assert.Equal(D(expected), MeetingSchedule.NextMeeting(cadence, D(anchor), D(today)));
    }

    [Fact]
    public void NextMeeting_AnchorLongAgo_FirstMeetingOnOrAfterToday()
    {
        // Monthly from 2026-01-10: 02-10, 03-10, 04-10 (< 04-20), 05-10 is the first on or after 2026-04-20.
        Assert.Equal(D("2026-05-10"), MeetingSchedule.NextMeeting(MeetingCadence.Monthly, D("2026-01-10"), D("2026-04-20")));
    }

    [Fact]
    public void NextMeeting_FallsToday_Today()
    {
        // Weekly from Monday 2026-03-02: Monday 2026-03-16 is today.
        Assert.Equal(D("2026-03-16"), MeetingSchedule.NextMeeting(MeetingCadence.Weekly, D("2026-03-02"), D("2026-03-16")));
    }

    [Fact]
    public void NextMeeting_MonthlyFromThe31st_CountedFromTheAnchorWithoutDrift()
    {
        // 31 January + 1 month = 28 February; + 2 months = 31 March (not 28 March); + 3 months = 30 April.
        var anchor = D("2026-01-31");
        Assert.Equal(D("2026-02-28"), MeetingSchedule.NextMeeting(MeetingCadence.Monthly, anchor, D("2026-02-01")));
        Assert.Equal(D("2026-03-31"), MeetingSchedule.NextMeeting(MeetingCadence.Monthly, anchor, D("2026-03-01")));
        Assert.Equal(D("2026-04-30"), MeetingSchedule.NextMeeting(MeetingCadence.Monthly, anchor, D("2026-04-01")));
    }

    [Fact]
    public void NextMeeting_AnchorInTheFuture_OneCadenceAfterIt()
    {
        // A stocktake already scheduled for 2026-09-01: the one after it, quarterly, is 2026-12-01.
        Assert.Equal(D("2026-12-01"), MeetingSchedule.NextMeeting(MeetingCadence.Quarterly, D("2026-09-01"), D("2026-06-15")));
    }
}
