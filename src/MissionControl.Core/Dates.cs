using System.Globalization;

namespace MissionControl.Core;

/// <summary>Dates travel as ISO year-month-day text in forms and the API.</summary>
public static class Dates
{
    /// <summary>Null for empty text; an error under <paramref name="field"/> for anything but yyyy-MM-dd.</summary>
    public static DateOnly? Parse(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date. Write it as year-month-day, e.g. 2026-03-01.");
        return null;
    }

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
