using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Missions;

/// <summary>What a person or client submits to create or change a mission (the API body and the form).</summary>
public sealed record MissionInput
{
    [Required]
    public string? Slug { get; init; }

    [Required]
    public string? Title { get; init; }

    [Required]
    public string? Landmark { get; init; }

    public string? ProblemStatement { get; init; }

    /// <summary>supranational, national, regional or municipal.</summary>
    [Required]
    public string? Level { get; init; }

    public string? ParentSlug { get; init; }

    public IReadOnlyList<string>? PolicyAreas { get; init; }

    /// <summary>ISO date, e.g. 2030-12-31.</summary>
    [Required]
    public string? Deadline { get; init; }

    /// <summary>draft, active, achieved or retired; draft when absent.</summary>
    public string? Status { get; init; }

    public string? OwnerName { get; init; }

    public string? OwnerTitle { get; init; }

    public string? LeadOrganisationSlug { get; init; }

    /// <summary>Months between reviews of the mission's initiatives; 6 when absent.</summary>
    public int? ReviewCadenceMonths { get; init; }

    /// <summary>Months to the follow-up review after a red or amber-red rating; 3 when absent.</summary>
    public int? FollowUpMonths { get; init; }
}
