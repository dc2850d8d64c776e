using MissionControl.Core.Indicators;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Portfolio;

/// <summary>Money as the API shows it; <c>amount</c> is null when the budget is confidential to the caller.</summary>
public sealed record MoneyView(decimal? Amount, string? Currency, bool Confidential);

/// <summary>An initiative on a portfolio board or list.</summary>
public sealed record InitiativeCard(
    string Slug,
    string Title,
    string MissionSlug,
    Stage Stage,
    InnovationType InnovationType,
    DeliveryConfidence? DeliveryConfidence,
    MoneyView? Budget,
    DateOnly NextReviewDue,
    bool ReviewOverdue,
    string? OwnerOrganisation,
    Sector? OwnerSector,
    string? Lead,
    bool PredatesMission);

public sealed record PortfolioView(
    string MissionSlug,
    string MissionTitle,
    IReadOnlyList<InitiativeCard> Initiatives,
    BalanceView Balance,
    RedAmberShare RedAmberShare,
    IReadOnlyList<GateDecisionView> Timeline,
    int ReviewCadenceMonths);

/// <summary>Counts per category (every category listed, zero where empty).</summary>
public sealed record BalanceView(
    IReadOnlyDictionary<string, int> ByStage,
    IReadOnlyDictionary<string, int> ByInnovationType,
    IReadOnlyDictionary<string, int> ByDeliveryConfidence,
    IReadOnlyDictionary<string, int> BySector,
    IReadOnlyDictionary<string, decimal>? BudgetByStage);

public sealed record ExitPlanView(string? Kept, string? People, string? Assets, string? Learning);

public sealed record GateDecisionView(
    int Id,
    string InitiativeSlug,
    string InitiativeTitle,
    GateDecisionKind Decision,
    Stage FromStage,
    Stage ToStage,
    string Rationale,
    IReadOnlyList<string> Evidence,
    string? SkipReason,
    ExitPlanView? ExitPlan,
    IReadOnlyList<string> SuccessorSlugs,
    string DecidedBy,
    DateTimeOffset DecidedAt);

public sealed record ReviewView(
    int Id,
    DateOnly ReviewedOn,
    string KpiStatus,
    string Viability,
    DeliveryConfidence DeliveryConfidence,
    string Narrative,
    string Recommendation,
    string ReviewedBy,
    DateTimeOffset RecordedAt);

public sealed record HypothesisView(string Statement, HypothesisStatus Status);

public sealed record ExperimentView(
    int Id,
    string Problem,
    IReadOnlyList<HypothesisView> Hypotheses,
    string? Concept,
    string? TestMethod,
    string? SuccessCriterion,
    string? Result,
    string? Recommendation,
    DateTimeOffset UpdatedAt);

public sealed record InitiativeTargetView(string IndicatorSlug, string IndicatorName, Direction ExpectedDirection, string? TheoryOfChange, AssessmentStatus Status);

/// <summary>One initiative with its history, as <c>GET /api/v1/initiatives/{slug}</c> returns it.</summary>
public sealed record InitiativeDetail(
    string Slug,
    string MissionSlug,
    string MissionTitle,
    string Title,
    string? Summary,
    string? OwnerOrganisationSlug,
    string? OwnerOrganisationName,
    string? Lead,
    InnovationType InnovationType,
    Stage Stage,
    DateOnly? StartDate,
    DateOnly? EndDate,
    MoneyView? Budget,
    bool PredatesMission,
    DateOnly? PredatesSince,
    DeliveryConfidence? DeliveryConfidence,
    DateOnly? LastReviewedOn,
    DateOnly NextReviewDue,
    bool ReviewOverdue,
    IReadOnlyList<InitiativeTargetView> Targets,
    IReadOnlyList<IndicatorSummary> Kpis,
    IReadOnlyList<GateDecisionView> GateDecisions,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<ExperimentView> Experiments,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>What changed in a portfolio since a date: new initiatives, gate decisions and reviews.</summary>
public sealed record PortfolioChange(DateTimeOffset At, string Kind, string InitiativeSlug, string InitiativeTitle, string Text);
