namespace MissionControl.Core.Organisations;

/// <summary>Which part of society an organisation belongs to; coalitions are read by sector.</summary>
public enum Sector
{
    Ministry,
    Agency,
    Region,
    Municipality,
    Business,
    Startup,
    Foundation,
    CivilSociety,
    LabourUnion,
    EmployerOrganisation,
    Research,
    InternationalBody,
    CitizenGroup,
}

/// <summary>A ministry, agency, municipality, company, foundation, union or other body that takes part in missions.</summary>
public class Organisation : IVersioned
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public Sector Sector { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }

    public int? ParentOrganisationId { get; set; }

    /// <summary>A region within the country, e.g. Midtjylland.</summary>
    public string? Region { get; set; }

    /// <summary>Set when this record was a duplicate merged into another; its history stays, its links move.</summary>
    public int? MergedIntoId { get; set; }

    public int Version { get; set; }
}
