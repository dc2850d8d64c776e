using MissionControl.Core.Indicators;

namespace MissionControl.Core.Missions;

/// <summary>A mission in a list, as <c>GET /api/v1/missions</c> returns it.</summary>
public sealed record MissionSummary(
    string Slug,
    string Title,
    string Landmark,
    MissionLevel Level,
    DateOnly Deadline,
    MissionStatus Status,
    string? ParentSlug,
    IndicatorSummary? KeyFigure);

/// <summary>A related mission in short.</summary>
public sealed record MissionLink(string Slug, string Title, MissionLevel Level, MissionStatus Status, AssessmentStatus? KeyFigureStatus);

/// <summary>One mission with everything its page shows above the fold.</summary>
public sealed record MissionDetail(
    string Slug,
    string Title,
    string Landmark,
    string? ProblemStatement,
    MissionLevel Level,
    DateOnly Deadline,
    MissionStatus Status,
    string? ParentSlug,
    IReadOnlyList<string> PolicyAreas,
    string? OwnerName,
    string? OwnerTitle,
    string? LeadOrganisationSlug,
    string? LeadOrganisationName,
    IndicatorSummary? KeyFigure,
    IReadOnlyList<IndicatorSummary> SupportingIndicators,
    MissionLink? Parent,
    IReadOnlyList<MissionLink> ChildMissions,
    int ReviewCadenceMonths,
    int FollowUpMonths,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>A card on the public dashboard: the mission, its key figure and the points of its trend line.</summary>
public sealed record MissionCard(
    string Slug,
    string Title,
    string Landmark,
    MissionLevel Level,
    DateOnly Deadline,
    string? OwnerName,
    string? OwnerTitle,
    IndicatorSummary? KeyFigure,
    bool Illustrative,
    IReadOnlyList<DataPoint> Observations,
    IReadOnlyList<DataPoint> Plan,
    DateTimeOffset UpdatedAt);
