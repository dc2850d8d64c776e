using System.Globalization;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Governance;

/// <summary>
/// The goals of a mission letter, taken from the mission's indicators when the draft is written, so the letter
/// holds the government to the same numbers as the public dashboard: the key figure's target, each of its
/// milestones still ahead, then each supporting indicator's target. The wording follows the direction: a figure
/// that should fall is held to "at most", one that should rise to "at least".
/// </summary>
public static class LetterGoals
{
    /// <param name="keyFigure">The mission's key figure, if it has one.</param>
    /// <param name="supporting">The mission's supporting indicators (not initiatives' KPIs); those without a target set no goal.</param>
    /// <param name="asOf">The letter's date: milestones whose period has ended by then are history, not goals.</param>
    public static List<LetterGoal> Generate(Indicator? keyFigure, IEnumerable<Indicator> supporting, DateOnly asOf)
    {
        var goals = new List<LetterGoal>();
        if (keyFigure is not null)
        {
            goals.Add(keyFigure is { TargetValue: { } target, TargetPeriod: { } due }
                ? new LetterGoal { Text = Bound(keyFigure.Name, keyFigure, target), Due = due }
                : new LetterGoal { Text = $"{keyFigure.Name} to {(keyFigure.Direction == Direction.Increase ? "rise" : "fall")}" });

            var ahead = keyFigure.Milestones
                .Select(m => (Milestone: m, Ok: Period.TryParse(m.Period, out var period), Period: period))
                .Where(m => m.Ok && Period.Of(asOf, m.Period.Granularity) <= m.Period)
                .OrderBy(m => m.Period);
            foreach (var (milestone, _, _) in ahead)
            {
                goals.Add(new LetterGoal { Text = "Milestone: " + Bound(Lower(keyFigure.Name), keyFigure, milestone.Value), Due = milestone.Period });
            }
        }

        foreach (var indicator in supporting.Where(i => i.TargetValue is not null && !string.IsNullOrWhiteSpace(i.TargetPeriod)).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            goals.Add(new LetterGoal { Text = Bound(indicator.Name, indicator, indicator.TargetValue!.Value), Due = indicator.TargetPeriod });
        }

        return goals;
    }

    /// <summary>A goal as one line: "Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2030".</summary>
    public static string Describe(LetterGoal goal) => goal.Due is null ? goal.Text : $"{goal.Text} by {goal.Due}";

    /// <summary>A value with its unit as the letters write it: "23.8 Mt CO2e", "1,500 homes", "45%".</summary>
    public static string Value(double value, string unit)
    {
        var number = value.ToString("#,0.###", CultureInfo.InvariantCulture);
        return unit == "%" ? number + "%" : $"{number} {unit}";
    }

    private static string Bound(string name, Indicator indicator, double value) =>
        $"{name} {(indicator.Direction == Direction.Increase ? "at least" : "at most")} {Value(value, indicator.Unit)}";

    // "Net emissions" → "net emissions", but "CO2 emissions" keeps its capitals.
    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
        ? char.ToLowerInvariant(text[0]) + text[1..]
        : text;
}
