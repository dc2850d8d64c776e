using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Indicators;

/// <summary>A value at a period as submitted, e.g. <c>{"period": "1990", "value": 79.2}</c>.</summary>
public sealed record PointInput(string? Period, double? Value);

/// <summary>What a person or client submits to create or change an indicator.</summary>
public sealed record IndicatorInput
{
    [Required]
    public string? Slug { get; init; }

    [Required]
    public string? MissionSlug { get; init; }

    /// <summary>Set to make the indicator a KPI of this initiative (of the same mission); the role is then supporting.</summary>
    public string? InitiativeSlug { get; init; }

    /// <summary>key (the mission's headline key figure) or supporting.</summary>
    [Required]
    public string? Role { get; init; }

    [Required]
    public string? Name { get; init; }

    public string? Description { get; init; }

    [Required]
    public string? Unit { get; init; }

    /// <summary>increase or decrease: the way the figure should move.</summary>
    [Required]
    public string? Direction { get; init; }

    public PointInput? Baseline { get; init; }

    /// <summary>Absent for a direction-only indicator.</summary>
    public PointInput? Target { get; init; }

    public IReadOnlyList<PointInput>? Milestones { get; init; }

    public string? Source { get; init; }

    public string? SourceUrl { get; init; }

    public string? SourceOrganisationSlug { get; init; }

    public string? Provenance { get; init; }

    /// <summary>annual, quarterly, monthly, daily or irregular; annual when absent.</summary>
    public string? Frequency { get; init; }

    /// <summary>True when values are not official statistics.</summary>
    public bool? Illustrative { get; init; }
}
