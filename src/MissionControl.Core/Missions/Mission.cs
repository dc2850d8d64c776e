using MissionControl.Core.Indicators;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Missions;

public enum MissionLevel
{
    Supranational,
    National,
    Regional,
    Municipal,
}

public enum MissionStatus
{
    Draft,
    Active,
    Achieved,
    Retired,
}

/// <summary>
/// A bold, measurable societal goal with a landmark voters can keep track of and exactly one key figure
/// the government is held to in public.
/// </summary>
public class Mission : IVersioned
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>The plain-language promise, e.g. "70% less greenhouse gas by 2030 than in 1990".</summary>
    public required string Landmark { get; set; }

    public string? ProblemStatement { get; set; }

    public MissionLevel Level { get; set; }

    public int? ParentMissionId { get; set; }

    public Mission? ParentMission { get; set; }

    public List<Mission> ChildMissions { get; set; } = [];

    public List<string> PolicyAreas { get; set; } = [];

    public DateOnly Deadline { get; set; }

    public MissionStatus Status { get; set; }

    public string? OwnerName { get; set; }

    public string? OwnerTitle { get; set; }

    public int? LeadOrganisationId { get; set; }

    public Organisation? LeadOrganisation { get; set; }

    /// <summary>The centre's order of missions on the dashboard; lower comes first.</summary>
    public int Priority { get; set; }

    public List<Indicator> Indicators { get; set; } = [];

    /// <summary>Months between reviews of the mission's initiatives.</summary>
    public int ReviewCadenceMonths { get; set; } = Portfolio.ReviewSchedule.DefaultCadenceMonths;

    /// <summary>Months until the follow-up review after a red or amber-red rating.</summary>
    public int FollowUpMonths { get; set; } = Portfolio.ReviewSchedule.DefaultFollowUpMonths;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }
}
