namespace MissionControl.Core.Portfolio;

public enum GateDecisionKind
{
    /// <summary>Move to the next stage (or, with a reason, further).</summary>
    Advance,

    /// <summary>Stay in the stage; the decision and its reasons are still recorded.</summary>
    Hold,

    /// <summary>Change course; the stage may stay or step back.</summary>
    Pivot,

    Stop,

    /// <summary>Close and carry what was learned into successor initiatives.</summary>
    Repurpose,

    /// <summary>Hand over to regular operations.</summary>
    Mainstream,
}

/// <summary>
/// A recorded stage-gate decision: the only way an initiative's stage changes. Stop and repurpose carry an
/// exit plan so that closing keeps what was learned.
/// </summary>
public class GateDecision
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public GateDecisionKind Decision { get; set; }

    public Stage FromStage { get; set; }

    public Stage ToStage { get; set; }

    public required string Rationale { get; set; }

    /// <summary>Links to evidence (reports, data, review minutes).</summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>Why a stage is skipped, when it is.</summary>
    public string? SkipReason { get; set; }

    public string? ExitKept { get; set; }

    public string? ExitPeople { get; set; }

    public string? ExitAssets { get; set; }

    public string? ExitLearning { get; set; }

    public List<string> SuccessorSlugs { get; set; } = [];

    public string? DecidedByUserId { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
