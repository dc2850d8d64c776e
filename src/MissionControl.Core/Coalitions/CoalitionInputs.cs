using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Coalitions;

/// <summary>An organisation's pledge to a mission, optionally to one of its initiatives.</summary>
public sealed record PledgeInput
{
    [Required]
    public string? OrganisationSlug { get; init; }

    /// <summary>funding, staff, data, in-kind or expertise.</summary>
    [Required]
    public string? Kind { get; init; }

    [Required]
    public decimal? Quantity { get; init; }

    /// <summary>An ISO 4217 currency for funding (DKK, EUR); otherwise a unit such as FTE, datasets or hours.</summary>
    [Required]
    public string? Unit { get; init; }

    /// <summary>First day of the pledge's period, yyyy-MM-dd.</summary>
    [Required]
    public string? From { get; init; }

    /// <summary>Last day of the pledge's period, yyyy-MM-dd.</summary>
    [Required]
    public string? To { get; init; }

    public string? InitiativeSlug { get; init; }

    public string? Conditions { get; init; }
}

/// <summary>What was delivered against a pledge: when, how much, and the evidence (a link or a description).</summary>
public sealed record DeliveryInput
{
    [Required]
    public string? Date { get; init; }

    [Required]
    public decimal? Quantity { get; init; }

    [Required]
    public string? Evidence { get; init; }
}

/// <summary>A stakeholder on a mission's map.</summary>
public sealed record StakeholderInput
{
    [Required]
    public string? Name { get; init; }

    /// <summary>The organisation, when the stakeholder is one.</summary>
    public string? OrganisationSlug { get; init; }

    /// <summary>1 (little) to 5 (great).</summary>
    [Required]
    public int? Interest { get; init; }

    /// <summary>1 (little) to 5 (great).</summary>
    [Required]
    public int? Influence { get; init; }

    /// <summary>benefiting, neutral or negatively-affected.</summary>
    [Required]
    public string? Effect { get; init; }

    /// <summary>Speaks for future generations.</summary>
    public bool? FutureGenerations { get; init; }

    public string? Notes { get; init; }
}
