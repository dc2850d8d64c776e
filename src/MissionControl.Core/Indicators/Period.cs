using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MissionControl.Core.Indicators;

/// <summary>How finely a period is stated: a year, a quarter, a month or a day.</summary>
public enum PeriodGranularity
{
    Year,
    Quarter,
    Month,
    Day,
}

/// <summary>
/// The time an observation, baseline, milestone or target refers to, written as statistics offices
/// write it: <c>2024</c>, <c>2024-Q2</c>, <c>2024-03</c> or <c>2024-03-15</c>. For computations a
/// period stands for its first day, so <c>2024-Q2</c> is 1 April 2024.
/// </summary>
public readonly partial record struct Period : IComparable<Period>
{
    private Period(DateOnly start, PeriodGranularity granularity)
    {
        Start = start;
        Granularity = granularity;
    }

    /// <summary>Slack, in days, for rounding when a fractional year is turned back into a day.</summary>
    private const double DayTolerance = 1e-6;

    public DateOnly Start { get; }

    public PeriodGranularity Granularity { get; }

    /// <summary>The period's start as a fractional year, e.g. 2024-07 is 2024 + 182/366.</summary>
    public double DecimalYear => ToDecimalYear(Start);

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), PeriodGranularity.Year);

    public static Period Quarter(int year, int quarter) =>
        new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), PeriodGranularity.Quarter);

    public static Period Month(int year, int month) => new(new DateOnly(year, month, 1), PeriodGranularity.Month);

    public static Period Day(DateOnly date) => new(date, PeriodGranularity.Day);

    public static Period Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException(
                $"'{text}' is not a period. Use a year (2024), a quarter (2024-Q2), a month (2024-03) or a date (2024-03-15).");

    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            period = Quarter(year, match.Groups["quarter"].Value[0] - '0');
            return true;
        }

        if (!match.Groups["month"].Success)
        {
            period = Year(year);
            return true;
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (!match.Groups["day"].Success)
        {
            period = Month(year, month);
            return true;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        period = Day(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>The period of the given granularity that contains a fractional year.</summary>
    public static Period FromDecimalYear(double decimalYear, PeriodGranularity granularity)
    {
        var year = (int)Math.Floor(decimalYear);
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        // A period's start is year + day/daysInYear, and multiplying that fraction back gives e.g.
        // 30.999999999996 for 1 February; without the slack of a millionth of a day it would floor to 31 January.
        var dayOfYear = (int)Math.Floor(((decimalYear - year) * daysInYear) + DayTolerance);
        var date = new DateOnly(year, 1, 1).AddDays(Math.Clamp(dayOfYear, 0, daysInYear - 1));
        return Of(date, granularity);
    }

    /// <summary>The period of the given granularity that contains a date.</summary>
    public static Period Of(DateOnly date, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Year => Year(date.Year),
        PeriodGranularity.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        PeriodGranularity.Month => Month(date.Year, date.Month),
        _ => Day(date),
    };

    public static double ToDecimalYear(DateOnly date)
    {
        var daysInYear = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year + ((date.DayOfYear - 1) / daysInYear);
    }

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Granularity.CompareTo(other.Granularity);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Granularity switch
    {
        PeriodGranularity.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        PeriodGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    // [0-9], not \d: \d also matches other Unicode digits (e.g. full-width ２０２４), which int.Parse rejects by throwing.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?:Q(?<quarter>[1-4])|(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
