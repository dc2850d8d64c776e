using System.Text;
using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>The iCalendar writer against RFC 5545: CRLF lines, folding at 75 octets, TEXT escaping, whole-day events.</summary>
public class CalendarFeedTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 6, 15, 9, 30, 5, TimeSpan.FromHours(2));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Lines(string ics) => ics.Split("\r\n");

    [Fact]
    public void Write_OneStocktake_CalendarWithOneWholeDayEvent()
    {
        var ics = CalendarFeed.Write("Net zero – meetings",
            [new CalendarEvent("stocktake-4@missioncontrol", D("2026-03-01"), "Stocktake: Mission board", "Agenda: 3 items", "https://mc.example/stocktakes/4", false)],
            Stamp);

        Assert.Equal(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Mission Control//Stocktakes//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Net zero – meetings",
            "BEGIN:VEVENT",
            "UID:stocktake-4@missioncontrol",
            // 09:30:05 at +02:00 is 07:30:05 UTC.
            "DTSTAMP:20260615T073005Z",
            "DTSTART;VALUE=DATE:20260301",
            // DTEND of a whole-day event is the next day (exclusive).
            "DTEND;VALUE=DATE:20260302",
            "SUMMARY:Stocktake: Mission board",
            "DESCRIPTION:Agenda: 3 items",
            "URL:https://mc.example/stocktakes/4",
            "STATUS:CONFIRMED",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ], Lines(ics));
    }

    [Fact]
    public void Write_EveryLine_EndsWithCrlfAndNoBareLineFeed()
    {
        var ics = CalendarFeed.Write("x", [new CalendarEvent("u", D("2026-12-31"), "Year end", "Line one\nLine two", null, true)], Stamp);

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:Line one\\nLine two\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:TENTATIVE\r\n", ics, StringComparison.Ordinal);
        // 31 December's whole-day event ends on 1 January of the next year.
        Assert.Contains("DTEND;VALUE=DATE:20270101\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("URL:", ics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a;b,c", "a\\;b\\,c")]
    [InlineData(@"C:\minutes", @"C:\\minutes")]
    [InlineData("one\r\ntwo\rthree\nfour", "one\\ntwo\\nthree\\nfour")]
    [InlineData("tab\tkept, bell\u0007 dropped", "tab\tkept\\, bell dropped")]
    [InlineData("colon: not escaped", "colon: not escaped")]
    public void EscapeText_Rfc5545Section3311(string value, string expected)
    {
        Assert.Equal(expected, CalendarFeed.EscapeText(value));
    }

    [Fact]
    public void Fold_75OctetsOrFewer_Unchanged()
    {
        var line = "SUMMARY:" + new string('a', 67);
        Assert.Equal(75, line.Length);

        Assert.Equal(line, CalendarFeed.Fold(line));
    }

    [Fact]
    public void Fold_AsciiLine_75OctetsThenSpacePlus74()
    {
        // 8 + 192 = 200 octets: 75 on the first line, then 74 after each leading space: 75 + 74 + 51.
        var line = "SUMMARY:" + new string('a', 192);

        var physical = CalendarFeed.Fold(line).Split("\r\n");

        Assert.Equal([75, 75, 52], physical.Select(p => Encoding.UTF8.GetByteCount(p)));
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p, StringComparison.Ordinal));
        // Unfolding (removing CRLF + one space) gives the line back.
        Assert.Equal(line, CalendarFeed.Fold(line).Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Fold_MultiByteCharacters_NeverSplitInsideOne()
    {
        // "SUMMARY:" is 8 octets; each "ø" is 2 octets. 33 of them fill 74 octets, the 34th would make 76: it moves on.
        var line = "SUMMARY:" + new string('ø', 100) + "😀😀😀";

        var folded = CalendarFeed.Fold(line);
        var physical = folded.Split("\r\n");

        Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75, $"{Encoding.UTF8.GetByteCount(p)} octets: {p}"));
        Assert.Equal(8 + (33 * 2), Encoding.UTF8.GetByteCount(physical[0]));
        Assert.All(physical, p => Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(p))));
        Assert.Equal(line, folded.Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_LongEscapedSummary_FoldedAfterEscaping()
    {
        var summary = string.Join(", ", Enumerable.Repeat("Mission board; secretariat", 5));

        var ics = CalendarFeed.Write("x", [new CalendarEvent("u", D("2026-01-01"), summary, null, null, false)], Stamp);

        Assert.All(Lines(ics), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + summary.Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal) + "\r\n", unfolded, StringComparison.Ordinal);
    }
}
