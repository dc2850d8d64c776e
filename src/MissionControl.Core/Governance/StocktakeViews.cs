namespace MissionControl.Core.Governance;

public sealed record AgendaItemView(AgendaKind Kind, string Subject, string Text);

/// <summary>A stocktake decision; <paramref name="StocktakeDate"/> is the date of the stocktake that took it.</summary>
public sealed record StocktakeDecisionView(
    int Id,
    int StocktakeId,
    DateOnly StocktakeDate,
    string Text,
    string? Owner,
    DateOnly? Due,
    ActionStatus Status,
    bool Public,
    DateTimeOffset DecidedAt,
    DateTimeOffset? ClosedAt);

/// <summary>
/// A stocktake with its generated agenda. <paramref name="Minutes"/> is null for the public;
/// <paramref name="Decisions"/> and <paramref name="CarriedOver"/> hold only public decisions for the public.
/// <paramref name="CarriedOver"/> lists the decisions of earlier stocktakes that are still open, or were open when this one was
/// scheduled (and so are on its agenda) and have been closed since.
/// </summary>
public sealed record StocktakeView(
    int Id,
    string MissionSlug,
    string MissionTitle,
    DateOnly Date,
    int? BodyId,
    string? BodyName,
    IReadOnlyList<AgendaItemView> Agenda,
    string? Minutes,
    IReadOnlyList<StocktakeDecisionView> Decisions,
    IReadOnlyList<StocktakeDecisionView> CarriedOver,
    DateTimeOffset CreatedAt);

/// <summary>A stocktake in a mission's list: its date, the body that meets and how much is on its agenda.</summary>
public sealed record StocktakeSummary(int Id, DateOnly Date, int? BodyId, string? BodyName, int AgendaItems, bool Upcoming);

/// <summary>A meeting of a mission's governance: a stocktake, or a body's next meeting projected from its cadence.</summary>
public sealed record MeetingView(DateOnly Date, int? StocktakeId, int? BodyId, string? BodyName, bool Projected, MeetingCadence? Cadence);
