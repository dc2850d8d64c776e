using MissionControl.Core.Missions;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Indicators;

/// <summary>Whether an indicator is the mission's headline key figure or one of its supporting indicators.</summary>
public enum IndicatorRole
{
    Key,
    Supporting,
}

public enum Frequency
{
    Annual,
    Quarterly,
    Monthly,
    Daily,
    Irregular,
}

/// <summary>A measured quantity with a desired direction, a baseline, a target and a planned trajectory.</summary>
public class Indicator : IVersioned
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required string Unit { get; set; }

    public Direction Direction { get; set; }

    public int MissionId { get; set; }

    public Mission? Mission { get; set; }

    public IndicatorRole Role { get; set; }

    /// <summary>Set when the indicator is a KPI of one initiative rather than of the mission as a whole.</summary>
    public int? InitiativeId { get; set; }

    public string? BaselinePeriod { get; set; }

    public double? BaselineValue { get; set; }

    public string? TargetPeriod { get; set; }

    public double? TargetValue { get; set; }

    public List<Milestone> Milestones { get; set; } = [];

    /// <summary>Where the figures come from, e.g. "Statistics Denmark, table MRO2".</summary>
    public string? Source { get; set; }

    public string? SourceUrl { get; set; }

    public int? SourceOrganisationId { get; set; }

    public Organisation? SourceOrganisation { get; set; }

    /// <summary>How the figures were produced and any caveat a reader needs.</summary>
    public string? Provenance { get; set; }

    public Frequency Frequency { get; set; }

    /// <summary>True when some values are not official statistics; every screen says so.</summary>
    public bool Illustrative { get; set; }

    /// <summary>The assessment as last computed when observations changed; reads never recompute it.</summary>
    public StoredAssessment Assessment { get; set; } = new();

    public List<Observation> Observations { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public DataPoint? Baseline =>
        Period.TryParse(BaselinePeriod, out var p) && BaselineValue is { } v ? new DataPoint(p, v) : null;

    public DataPoint? Target =>
        Period.TryParse(TargetPeriod, out var p) && TargetValue is { } v ? new DataPoint(p, v) : null;

    public IEnumerable<DataPoint> MilestonePoints =>
        Milestones.Select(m => new DataPoint(Period.Parse(m.Period), m.Value));
}

/// <summary>A dated point on the planned trajectory between baseline and target.</summary>
public class Milestone
{
    public required string Period { get; set; }

    public double Value { get; set; }
}
