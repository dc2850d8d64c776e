namespace MissionControl.Core.Governance;

/// <summary>Something the centre has stopped pursuing, shown on the public dashboard with its date and reason.</summary>
public class Deprioritisation
{
    public int Id { get; set; }

    /// <summary>The mission it concerns, if any.</summary>
    public int? MissionId { get; set; }

    public required string Title { get; set; }

    public required string Reason { get; set; }

    public DateOnly Since { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum SupplierKind
{
    Staff,
    ExternalExpert,
    Practitioner,
}

/// <summary>A skill a mission needs (data science, procurement, behavioural insight, technology, ...), who supplies it and the gap.</summary>
public class Capability : IVersioned
{
    public int Id { get; set; }

    /// <summary>Raised on every change, so an edit made from a stale copy is refused.</summary>
    public int Version { get; set; }

    public int MissionId { get; set; }

    public required string Name { get; set; }

    /// <summary>How much of it is needed, in words or full-time equivalents.</summary>
    public string? Need { get; set; }

    public List<CapabilitySupplier> Suppliers { get; set; } = [];

    /// <summary>What is still missing; empty when the need is met.</summary>
    public string? Gap { get; set; }
}

public class CapabilitySupplier
{
    public required string Name { get; set; }

    public SupplierKind Kind { get; set; }

    public string? Organisation { get; set; }
}
