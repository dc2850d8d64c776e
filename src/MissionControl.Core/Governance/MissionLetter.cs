namespace MissionControl.Core.Governance;

public enum LetterStatus
{
    Draft,
    Issued,
    Acknowledged,
    Superseded,
}

/// <summary>
/// A versioned letter from the centre (prime minister's or mayor's office) to a mission's owner: the
/// mission's goals and deadlines, scope, stakeholders, milestones for follow-up, reporting cadence and what
/// is no longer a priority. Draft → issued → acknowledged by the owner → superseded by the next version.
/// </summary>
public class MissionLetter
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    /// <summary>1 for the first letter of a mission, then 2, 3, ...</summary>
    public int Number { get; set; }

    public LetterStatus Status { get; set; }

    /// <summary>The mission's landmark as it stood when the letter was written.</summary>
    public required string Landmark { get; set; }

    /// <summary>Goals with deadlines, taken from the key figure, its milestones and the other indicators.</summary>
    public List<LetterGoal> Goals { get; set; } = [];

    public string? Scope { get; set; }

    public List<string> Stakeholders { get; set; } = [];

    public List<string> Milestones { get; set; } = [];

    public string? ReportingCadence { get; set; }

    public List<string> NoLongerPriorities { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public string? IssuedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }
}

/// <summary>One goal of a mission letter, e.g. "Net emissions at most 23.8 Mt CO2e" by "2030".</summary>
public class LetterGoal
{
    public required string Text { get; set; }

    /// <summary>The period by which it is due, e.g. 2030 or 2025-Q4.</summary>
    public string? Due { get; set; }
}
