namespace MissionControl.Core.Governance;

/// <summary>When a governance body meets next, projected from its cadence.</summary>
public static class MeetingSchedule
{
    /// <summary>
    /// The first date of the series <paramref name="anchor"/> + n × cadence (n ≥ 1) that falls on or after
    /// <paramref name="today"/>. The anchor is the body's latest stocktake, or the day the body was set up. Months are
    /// counted from the anchor each time (31 January monthly: 28 February, 31 March, 30 April), so short months do not
    /// make the series drift.
    /// </summary>
    public static DateOnly NextMeeting(MeetingCadence cadence, DateOnly anchor, DateOnly today)
    {
        for (var n = 1; ; n++)
        {
            var next = Step(cadence, anchor, n);
            if (next >= today)
            {
                return next;
            }
        }
    }

    public static DateOnly Step(MeetingCadence cadence, DateOnly anchor, int times) => cadence switch
    {
        MeetingCadence.Weekly => anchor.AddDays(7 * times),
        MeetingCadence.Fortnightly => anchor.AddDays(14 * times),
        MeetingCadence.Monthly => anchor.AddMonths(times),
        MeetingCadence.Quarterly => anchor.AddMonths(3 * times),
        MeetingCadence.HalfYearly => anchor.AddMonths(6 * times),
        _ => anchor.AddYears(times),
    };

    /// <summary>"every month", "every two weeks": for sentences and calendar descriptions.</summary>
    public static string Words(MeetingCadence cadence) => cadence switch
    {
        MeetingCadence.Weekly => "every week",
        MeetingCadence.Fortnightly => "every two weeks",
        MeetingCadence.Monthly => "every month",
        MeetingCadence.Quarterly => "every three months",
        MeetingCadence.HalfYearly => "every six months",
        _ => "every year",
    };
}
