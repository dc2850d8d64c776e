namespace MissionControl.Core.Auditing;

/// <summary>One change to one entity: who, when, what, and the values before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The entity's type name, e.g. "Mission".</summary>
    public required string EntityType { get; set; }

    /// <summary>The entity's key as text.</summary>
    public required string EntityId { get; set; }

    /// <summary>"created", "updated" or "deleted".</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
