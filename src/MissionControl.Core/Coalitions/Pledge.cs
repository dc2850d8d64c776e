namespace MissionControl.Core.Coalitions;

public enum PledgeKind
{
    Funding,
    Staff,
    Data,
    InKind,
    Expertise,
}

/// <summary>Derived from the pledge's verified deliveries, never set by hand.</summary>
public enum PledgeStatus
{
    Pledged,
    PartlyDelivered,
    Delivered,
    Withdrawn,
}

/// <summary>
/// What an organisation promises a mission (or one of its initiatives): funding, staff, data, in-kind help
/// or expertise, for a period and on conditions. Membership of the coalition is earned by pledges and
/// verified deliveries, never by appointment.
/// </summary>
public class Pledge
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    public int OrganisationId { get; set; }

    public int? InitiativeId { get; set; }

    public PledgeKind Kind { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>An ISO 4217 currency for funding (DKK, EUR); otherwise a unit such as FTE, datasets or hours.</summary>
    public required string Unit { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string? Conditions { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public List<Delivery> Deliveries { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What was actually delivered against a pledge, with evidence, verified by the mission team.</summary>
public class Delivery
{
    public int Id { get; set; }

    public int PledgeId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>A link or description of the evidence.</summary>
    public required string Evidence { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    public string? VerifiedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
