using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Portfolio;

/// <summary>The four kinds of public-sector innovation (OECD OPSI), used to read a portfolio's balance.</summary>
public enum InnovationType
{
    Anticipatory,
    Enhancement,
    Adaptive,
    MissionOriented,
}

/// <summary>Where an initiative is in its life; <c>Stopped</c> and <c>Repurposed</c> are terminal.</summary>
public enum Stage
{
    Idea,
    Discovery,
    Pilot,
    Scale,
    Mainstreamed,
    Stopped,
    Repurposed,
}

/// <summary>The five-point delivery confidence scale of the UK's major projects portfolio.</summary>
public enum DeliveryConfidence
{
    Green,
    AmberGreen,
    Amber,
    AmberRed,
    Red,
}

/// <summary>
/// A project, experiment or programme in a mission's portfolio. Its stage changes only through a
/// recorded <see cref="GateDecision"/>; it is reviewed on the mission's cadence.
/// </summary>
public class Initiative : IVersioned
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    public Mission? Mission { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public int? OwnerOrganisationId { get; set; }

    public Organisation? OwnerOrganisation { get; set; }

    /// <summary>The person who leads it, as shown to the public.</summary>
    public string? Lead { get; set; }

    /// <summary>The signed-in user who leads it, when the lead has an account: may edit and record reviews.</summary>
    public string? LeadUserId { get; set; }

    public InnovationType InnovationType { get; set; }

    public Stage Stage { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal? BudgetAmount { get; set; }

    /// <summary>ISO 4217 code, e.g. DKK or EUR.</summary>
    public string? BudgetCurrency { get; set; }

    /// <summary>When true the public sees that a budget exists but not its amount.</summary>
    public bool BudgetConfidential { get; set; }

    /// <summary>An existing activity brought into the mission, rather than started for it (watch for mission washing).</summary>
    public bool PredatesMission { get; set; }

    public DateOnly? PredatesSince { get; set; }

    /// <summary>The rating of the latest review; null until the first review.</summary>
    public DeliveryConfidence? DeliveryConfidence { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>When the next review is due: the cadence after the last review (or the start), sooner after a red rating.</summary>
    public DateOnly NextReviewDue { get; set; }

    public List<InitiativeTarget> Targets { get; set; } = [];

    public List<GateDecision> GateDecisions { get; set; } = [];

    public List<Review> Reviews { get; set; } = [];

    public List<Experiment> Experiments { get; set; } = [];

    /// <summary>The initiative's own KPIs: indicators scoped to it.</summary>
    public List<Indicator> Kpis { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Stage is Stage.Stopped or Stage.Repurposed or Stage.Mainstreamed;
}

/// <summary>An indicator an initiative is meant to move, the way it should move it and why.</summary>
public class InitiativeTarget
{
    public int InitiativeId { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public Direction ExpectedDirection { get; set; }

    /// <summary>One line: how this initiative is expected to move the indicator.</summary>
    public string? TheoryOfChange { get; set; }
}
