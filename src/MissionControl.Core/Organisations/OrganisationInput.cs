using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Organisations;

/// <summary>What a person or client submits to register or change an organisation.</summary>
public sealed record OrganisationInput
{
    [Required]
    public string? Slug { get; init; }

    [Required]
    public string? Name { get; init; }

    /// <summary>ministry, agency, region, municipality, business, startup, foundation, civil-society, labour-union, employer-organisation, research, international-body, citizen-group.</summary>
    [Required]
    public string? Sector { get; init; }

    /// <summary>The slug of the organisation this one belongs to, e.g. an agency's ministry.</summary>
    public string? ParentSlug { get; init; }

    /// <summary>An ISO 3166 country code (DK) or EU.</summary>
    public string? Country { get; init; }

    /// <summary>A region within the country, e.g. Midtjylland.</summary>
    public string? Region { get; init; }

    public string? Website { get; init; }

    /// <summary>The version last read; a change to a record changed since is refused.</summary>
    public int? Version { get; init; }
}

/// <summary>Which organisation a duplicate is merged into: <c>{"intoSlug": "danish-energy-agency"}</c>.</summary>
public sealed record MergeInput(string? IntoSlug);
