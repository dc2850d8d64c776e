namespace MissionControl.Core.Indicators;

/// <summary>A value at a period, as the API shows it: <c>{"period": "2023", "value": 38.8}</c>.</summary>
public sealed record PointView(string Period, double Value)
{
    public static PointView? Of(string? period, double? value) => period is null || value is null ? null : new PointView(period, value.Value);
}

/// <summary>The stored assessment in short: what the dashboard and mission lists show.</summary>
public sealed record AssessmentSummary(AssessmentStatus Status, string Method, double? Ratio, double? ObservedGrowth, double? RequiredGrowth)
{
    public static AssessmentSummary Of(StoredAssessment a) => new(a.Status, a.Method.ToCode(), a.Ratio, a.ObservedGrowth, a.RequiredGrowth);
}

/// <summary>An indicator in a list: the key figure of a mission, or a supporting indicator.</summary>
public sealed record IndicatorSummary(
    string Slug,
    string Name,
    string Unit,
    Direction Direction,
    PointView? Baseline,
    PointView? Target,
    PointView? Latest,
    AssessmentSummary Assessment);

/// <summary>The trend-line projection stored with an assessment: value = intercept + slopePerYear × year.</summary>
public sealed record ForecastView(double? ValueAtTarget, string? TargetReachedPeriod, double? SlopePerYear, double? Intercept);

/// <summary>The full assessment with every input and computed value, so anyone can redo the sum.</summary>
public sealed record AssessmentView(
    AssessmentStatus Status,
    string Method,
    PointView? Baseline,
    PointView? Latest,
    PointView? Target,
    double? ObservedGrowth,
    double? RequiredGrowth,
    double? Ratio,
    ForecastView Forecast,
    string? Reason,
    DateTimeOffset? AssessedAt);

/// <summary>An indicator with its metadata, as <c>GET /api/v1/indicators/{slug}</c> returns it.</summary>
public sealed record IndicatorDetail(
    string Slug,
    string MissionSlug,
    string MissionTitle,
    string? InitiativeSlug,
    IndicatorRole Role,
    string Name,
    string? Description,
    string Unit,
    Direction Direction,
    Frequency Frequency,
    PointView? Baseline,
    PointView? Target,
    IReadOnlyList<PointView> Milestones,
    string? Source,
    string? SourceUrl,
    string? SourceOrganisationSlug,
    string? SourceOrganisationName,
    string? Provenance,
    bool Illustrative,
    PointView? Latest,
    AssessmentView Assessment,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>One observation as the API and the data table show it.</summary>
public sealed record ObservationView(string Period, double Value, string? Breakdown, IReadOnlyList<string> Flags, string? SourceNote);
