namespace MissionControl.Core.Governance;

/// <summary>What an agenda item is about; the agenda is generated from the data.</summary>
public enum AgendaKind
{
    StatusWorsened,
    IndicatorOffTrack,
    InitiativeRed,
    ReviewOverdue,
    DecisionPending,
    ActionOpen,
}

public enum ActionStatus
{
    Open,
    Done,
    Dropped,
}

/// <summary>
/// A meeting of a mission's governance that takes stock of progress. Its agenda is generated from the data
/// when it is created; it records minutes and decisions, which carry over until closed.
/// </summary>
public class Stocktake
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    public int? BodyId { get; set; }

    public DateOnly Date { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];

    public string? Minutes { get; set; }

    /// <summary>Key-figure and indicator statuses when the stocktake was created, so the next one can tell what worsened.</summary>
    public List<StatusSnapshot> Statuses { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

public class AgendaItem
{
    public AgendaKind Kind { get; set; }

    /// <summary>The slug of the indicator, initiative or decision the item is about.</summary>
    public required string Subject { get; set; }

    public required string Text { get; set; }
}

public class StatusSnapshot
{
    public required string IndicatorSlug { get; set; }

    public Indicators.AssessmentStatus Status { get; set; }
}

/// <summary>A decision taken at a stocktake: an action with an owner and a due date, open until done or dropped.</summary>
public class StocktakeDecision
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    public int StocktakeId { get; set; }

    public required string Text { get; set; }

    public string? Owner { get; set; }

    public DateOnly? Due { get; set; }

    public ActionStatus Status { get; set; }

    /// <summary>Shown on the public decision log when true.</summary>
    public bool Public { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
