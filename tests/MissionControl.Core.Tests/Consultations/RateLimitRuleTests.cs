using MissionControl.Core.Consultations;

namespace MissionControl.Core.Tests.Consultations;

public class RateLimitRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_FewerThanLimit_Allows()
    {
        DateTimeOffset[] recent = [Now.AddMinutes(-10), Now.AddMinutes(-5)];

        Assert.Null(RateLimitRule.RetryAfter(recent, limit: 3, Now));
    }

    [Fact]
    public void RetryAfter_LimitReached_WaitsForOldestToLeaveTheHour()
    {
        // Items at 11:20, 11:40 and 11:50 with a limit of 3: the one at 11:20 leaves the window at 12:20, in 20 minutes.
        DateTimeOffset[] recent = [Now.AddMinutes(-40), Now.AddMinutes(-20), Now.AddMinutes(-10)];

        Assert.Equal(TimeSpan.FromMinutes(20), RateLimitRule.RetryAfter(recent, limit: 3, Now));
    }

    [Fact]
    public void RetryAfter_OlderThanAnHour_NotCounted()
    {
        // 10:30 is outside the hour before 12:00; only two items count against the limit of 3.
        DateTimeOffset[] recent = [Now.AddMinutes(-90), Now.AddMinutes(-20), Now.AddMinutes(-10)];

        Assert.Null(RateLimitRule.RetryAfter(recent, limit: 3, Now));
    }

    [Fact]
    public void RetryAfter_OverLimit_WaitsForEnoughToLeave()
    {
        // Four items (11:10, 11:30, 11:45, 11:55) and a limit of 2: one more fits when only one is left in the window,
        // so three must leave; the third (11:45) leaves at 12:45, in 45 minutes.
        DateTimeOffset[] recent = [Now.AddMinutes(-50), Now.AddMinutes(-30), Now.AddMinutes(-15), Now.AddMinutes(-5)];

        Assert.Equal(TimeSpan.FromMinutes(45), RateLimitRule.RetryAfter(recent, limit: 2, Now));
    }

    [Theory]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-04-01", false)]
    public void IsOpen_DayAgainstWindow_OpenOnBothEnds(string day, bool expected) =>
        Assert.Equal(expected, ConsultationWindow.IsOpen(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
