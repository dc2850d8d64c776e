using MissionControl.Core.Indicators;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Governance;

/// <summary>An indicator of the mission (the key figure or a supporting indicator) with its stored status now.</summary>
public sealed record IndicatorState(string Slug, string Name, bool IsKeyFigure, AssessmentStatus Status);

/// <summary>
/// An initiative as the agenda needs it. <paramref name="LatestReviewOn"/> and <paramref name="LatestRecommendation"/>
/// come from its latest review (by review date), <paramref name="LastGateDecisionOn"/> from its latest gate decision
/// (the UTC date it was recorded); null when there is none.
/// </summary>
public sealed record InitiativeState(
    string Slug,
    string Title,
    Stage Stage,
    DeliveryConfidence? DeliveryConfidence,
    DateOnly NextReviewDue,
    DateOnly? LatestReviewOn,
    string? LatestRecommendation,
    DateOnly? LastGateDecisionOn);

/// <summary>A decision of an earlier stocktake that is still open.</summary>
public sealed record OpenDecision(int Id, string Text, string? Owner, DateOnly? Due, DateOnly StocktakeDate);

/// <summary>
/// Everything the agenda is generated from. <paramref name="Previous"/> is the status snapshot of the previous
/// stocktake (null when this is the mission's first); <paramref name="Today"/> is the day the agenda is generated.
/// </summary>
public sealed record AgendaInputs(
    IReadOnlyList<IndicatorState> Indicators,
    IReadOnlyList<StatusSnapshot>? Previous,
    DateOnly? PreviousDate,
    IReadOnlyList<InitiativeState> Initiatives,
    IReadOnlyList<OpenDecision> OpenDecisions,
    DateOnly Today);

/// <summary>
/// Generates a stocktake's agenda from the data, in this order of sections:
/// <list type="number">
/// <item><b>status-worsened</b>: an indicator whose status is worse than in the previous stocktake's snapshot, on the
/// scale achieved &lt; on-track &lt; moderate &lt; insufficient &lt; moving-away. Not-assessable, before or now, is never
/// "worse" (nothing can be said). An indicator that worsened is listed here only, not again as off track.</item>
/// <item><b>indicator-off-track</b>: an indicator whose status now is moderate, insufficient or moving-away.</item>
/// <item><b>initiative-red</b>: an open initiative rated red or amber-red.</item>
/// <item><b>review-overdue</b>: an open initiative whose next review was due before today.</item>
/// <item><b>decision-pending</b> (a gate decision is waiting): an open initiative whose latest review (every review
/// ends with a recommendation) is later than its latest gate decision, or that has had no gate decision since it was
/// reviewed at all. A gate decision recorded on the day of the review counts as taken on it.</item>
/// <item><b>action-open</b>: a decision of an earlier stocktake that is still open (it carries over until done or dropped).</item>
/// </list>
/// The key figure comes first among indicators; then worse statuses, red before amber-red, the longest overdue first.
/// Initiative KPIs are not on the agenda: their initiative's rating and reviews are.
/// </summary>
public static class StocktakeAgenda
{
    /// <summary>Generous enough for a sentence, well inside the stored agenda item's 1,000 characters.</summary>
    private const int QuoteLength = 300;

    /// <summary>The order of the progress statuses from best to worst; not-assessable has no place on it.</summary>
    public static int? Rank(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Achieved => 0,
        AssessmentStatus.OnTrack => 1,
        AssessmentStatus.Moderate => 2,
        AssessmentStatus.Insufficient => 3,
        AssessmentStatus.MovingAway => 4,
        _ => null,
    };

    /// <summary>True when <paramref name="now"/> is further down the scale than <paramref name="before"/>; never for not-assessable.</summary>
    public static bool IsWorse(AssessmentStatus now, AssessmentStatus before) =>
        Rank(now) is { } n && Rank(before) is { } b && n > b;

    public static bool IsOffTrack(AssessmentStatus status) =>
        status is AssessmentStatus.Moderate or AssessmentStatus.Insufficient or AssessmentStatus.MovingAway;

    /// <summary>Whether a gate decision is waiting on the initiative's latest review (see the class summary).</summary>
    public static bool IsDecisionPending(InitiativeState initiative) =>
        !GateRules.IsTerminal(initiative.Stage)
        && initiative.LatestReviewOn is { } reviewed
        && (initiative.LastGateDecisionOn is not { } decided || decided < reviewed);

    public static List<AgendaItem> Generate(AgendaInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var agenda = new List<AgendaItem>();
        var before = (inputs.Previous ?? []).GroupBy(s => s.IndicatorSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Status, StringComparer.Ordinal);
        var indicators = inputs.Indicators
            .OrderByDescending(i => i.IsKeyFigure).ThenByDescending(i => Rank(i.Status) ?? -1).ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();

        var worsened = indicators
            .Where(i => before.TryGetValue(i.Slug, out var was) && IsWorse(i.Status, was))
            .ToList();
        var since = inputs.PreviousDate is { } date ? $"since the previous stocktake ({Day(date)})" : "since the previous stocktake";
        agenda.AddRange(worsened.Select(i => Item(AgendaKind.StatusWorsened, i.Slug,
            $"{Name(i)} has worsened {since}: from {Lower(before[i.Slug])} to {Lower(i.Status)}.")));

        agenda.AddRange(indicators.Where(i => IsOffTrack(i.Status) && !worsened.Contains(i)).Select(i => Item(AgendaKind.IndicatorOffTrack, i.Slug,
            $"{Name(i)} is not on track: {Lower(i.Status)}.")));

        var open = inputs.Initiatives.Where(i => !GateRules.IsTerminal(i.Stage)).ToList();
        agenda.AddRange(open.Where(i => ReviewSchedule.NeedsFollowUp(i.DeliveryConfidence))
            .OrderByDescending(i => i.DeliveryConfidence).ThenBy(i => i.Title, StringComparer.Ordinal)
            .Select(i => Item(AgendaKind.InitiativeRed, i.Slug, i.DeliveryConfidence == DeliveryConfidence.Red
                ? $"{i.Title} is rated red: successful delivery appears unachievable."
                : $"{i.Title} is rated amber-red: successful delivery is in doubt; urgent action is needed.")));

        agenda.AddRange(open.Where(i => ReviewSchedule.IsOverdue(i.NextReviewDue, i.Stage, inputs.Today))
            .OrderBy(i => i.NextReviewDue).ThenBy(i => i.Title, StringComparer.Ordinal)
            .Select(i => Item(AgendaKind.ReviewOverdue, i.Slug,
                $"{i.Title}: the review due on {Day(i.NextReviewDue)} is {Days(inputs.Today.DayNumber - i.NextReviewDue.DayNumber)} overdue.")));

        agenda.AddRange(open.Where(IsDecisionPending)
            .OrderBy(i => i.LatestReviewOn).ThenBy(i => i.Title, StringComparer.Ordinal)
            .Select(i => Item(AgendaKind.DecisionPending, i.Slug,
                $"{i.Title}: reviewed on {Day(i.LatestReviewOn)}, recommending “{Clip(i.LatestRecommendation ?? "", QuoteLength)}”; " +
                (i.LastGateDecisionOn is { } last ? $"the last gate decision was on {Day(last)}." : "no gate decision has been recorded yet."))));

        agenda.AddRange(inputs.OpenDecisions
            .OrderBy(d => d.Due ?? DateOnly.MaxValue).ThenBy(d => d.StocktakeDate).ThenBy(d => d.Id)
            .Select(d => Item(AgendaKind.ActionOpen, DecisionSubject(d.Id), ActionText(d, inputs.Today))));
        return agenda;
    }

    /// <summary>The subject of an agenda item about a stocktake decision, which has no slug: <c>decision-12</c>.</summary>
    public static string DecisionSubject(int decisionId) => $"decision-{decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The decision id of an <c>action-open</c> item's subject; null for anything else.</summary>
    public static int? DecisionId(string subject) =>
        subject.StartsWith("decision-", StringComparison.Ordinal)
        && int.TryParse(subject.AsSpan("decision-".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private static string ActionText(OpenDecision d, DateOnly today)
    {
        var parts = new List<string>();
        if (d.Owner is not null)
        {
            parts.Add($"owner {d.Owner}");
        }

        if (d.Due is { } due)
        {
            parts.Add(due < today ? $"was due {Day(due)}, {Days(today.DayNumber - due.DayNumber)} overdue" : $"due {Day(due)}");
        }

        var details = parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
        return $"Still open from the stocktake of {Day(d.StocktakeDate)}: {Clip(d.Text, QuoteLength)}{details}.";
    }

    private static AgendaItem Item(AgendaKind kind, string subject, string text) => new() { Kind = kind, Subject = subject, Text = text };

    private static string Name(IndicatorState i) => i.IsKeyFigure ? $"The key figure {i.Name}" : i.Name;

    private static string Lower(AssessmentStatus status) => status.ToWords().ToLowerInvariant();

    /// <summary>A date as people write it: 1 March 2026.</summary>
    private static string Day(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Clip(string text, int length)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length <= length ? trimmed : trimmed[..(length - 1)].TrimEnd() + "…";
    }
}
