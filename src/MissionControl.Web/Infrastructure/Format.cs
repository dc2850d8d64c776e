using System.Globalization;
using MissionControl.Core;
using MissionControl.Core.Indicators;

namespace MissionControl.Web.Infrastructure;

/// <summary>How numbers, growth rates and codes read on the pages (one culture, invariant digits).</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) >= 1000 => v.ToString("#,0.#", Culture),
        { } v when Math.Abs(v) >= 10 => v.ToString("0.#", Culture),
        { } v => v.ToString("0.###", Culture),
    };

    public static string Value(double? value, string unit) => value is null ? "–" : unit switch
    {
        "%" => Number(value) + "%",
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>A growth rate per year as a percentage with sign: −2.2% a year.</summary>
    public static string Growth(double? growth) => growth is { } g
        ? (g * 100).ToString("+0.00;−0.00;0.00", Culture) + "% a year"
        : "–";

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", Culture) : "–";

    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => Codes.ToCode(value);

    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var code = Codes.ToCode(value).Replace('-', ' ');
        return char.ToUpperInvariant(code[0]) + code[1..];
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTimeOffset? at) => at is { } a ? a.ToString("d MMMM yyyy", Culture) : "–";

    public static string DateTime(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", Culture);

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The sentence under a key figure: what must happen and what has happened.</summary>
    public static string Sentence(IndicatorSummary figure)
    {
        var a = figure.Assessment;
        var name = figure.Name;
        var since = figure.Baseline?.Period;
        return a.Status switch
        {
            AssessmentStatus.Achieved => $"{name} has reached the target of {Value(figure.Target?.Value, figure.Unit)}.",
            AssessmentStatus.NotAssessable => "Progress cannot be assessed yet: at least a baseline and one later observation are needed.",
            _ when a.RequiredGrowth is { } required =>
                $"To reach the target, {Lower(name)} must {(required < 0 ? "fall" : "rise")} {Percent(Math.Abs(required))} a year; " +
                $"since {since} it {(a.ObservedGrowth < 0 ? "fell" : "rose")} {Percent(Math.Abs(a.ObservedGrowth ?? 0))} a year: {a.Status.ToWords().ToLowerInvariant()}.",
            _ => $"There is no numeric target; since {since} {Lower(name)} {(a.ObservedGrowth < 0 ? "fell" : "rose")} {Percent(Math.Abs(a.ObservedGrowth ?? 0))} a year: {a.Status.ToWords().ToLowerInvariant()}.",
        };
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", Culture) + "%";

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
        ? char.ToLowerInvariant(text[0]) + text[1..]
        : text;
}
