using System.Globalization;
using System.Text;

namespace MissionControl.Core.Governance;

/// <summary>
/// A meeting in a calendar feed: a whole-day event (stocktakes have a date, not a time). <paramref name="Tentative"/>
/// marks a meeting projected from a cadence rather than scheduled.
/// </summary>
public sealed record CalendarEvent(string Uid, DateOnly Date, string Summary, string? Description, string? Url, bool Tentative);

/// <summary>
/// Writes an iCalendar (RFC 5545) document by hand: a few whole-day events do not justify a calendar library and its
/// dependencies (docs/decisions/0005-icalendar-by-hand.md). What the RFC asks and this does: CRLF after every line
/// (3.1); lines longer than 75 octets folded with CRLF and one space, never inside a UTF-8 character (3.1); TEXT values
/// with backslash, semicolon, comma and line breaks escaped (3.3.11); DTSTAMP in UTC (3.8.7.2); DTSTART and DTEND as
/// DATE values with DTEND the day after, as whole-day events need (3.6.1).
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar";

    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Mission Control//Stocktakes//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + EscapeText(calendarName));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + EscapeText(e.Uid));
            Line(text, "DTSTAMP:" + dtstamp);
            Line(text, "DTSTART;VALUE=DATE:" + Date(e.Date));
            Line(text, "DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line(text, "SUMMARY:" + EscapeText(e.Summary));
            if (!string.IsNullOrEmpty(e.Description))
            {
                Line(text, "DESCRIPTION:" + EscapeText(e.Description));
            }

            if (!string.IsNullOrEmpty(e.Url))
            {
                // URL is a URI value, not TEXT: it is not escaped.
                Line(text, "URL:" + e.Url);
            }

            Line(text, "STATUS:" + (e.Tentative ? "TENTATIVE" : "CONFIRMED"));
            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>A TEXT value as RFC 5545 3.3.11 writes it: <c>\\</c>, <c>\;</c>, <c>\,</c> and <c>\n</c> for a line break.</summary>
    public static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case ';':
                    text.Append("\\;");
                    break;
                case ',':
                    text.Append("\\,");
                    break;
                case '\r':
                    // CRLF and a lone CR are one line break each.
                    text.Append("\\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                default:
                    // Other control characters are not allowed in TEXT (3.3.11); a tab is.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Folds one content line (without its line break) so that no physical line is longer than 75 octets of UTF-8:
    /// each continuation starts with CRLF and a space, and the space counts towards its line's 75 octets.
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Encoding.UTF8.GetByteCount(line) <= MaxOctets)
        {
            return line;
        }

        var folded = new StringBuilder(line.Length + (line.Length / 60 * 3));
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one character of four octets: it stays on one line.
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            folded.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        return folded.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(Fold(line)).Append("\r\n");

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
