using System.ComponentModel.DataAnnotations;

namespace MissionControl.Core.Portfolio;

/// <summary>An amount of money with its ISO 4217 currency, e.g. <c>{"amount": 2500000, "currency": "DKK"}</c>.</summary>
public sealed record MoneyInput(decimal? Amount, string? Currency);

/// <summary>An indicator an initiative is meant to move: <c>{"indicatorSlug", "expectedDirection", "theoryOfChange"}</c>.</summary>
public sealed record InitiativeTargetInput(string? IndicatorSlug, string? ExpectedDirection, string? TheoryOfChange);

/// <summary>What a person or client submits to create or change an initiative.</summary>
public sealed record InitiativeInput
{
    [Required]
    public string? Slug { get; init; }

    [Required]
    public string? MissionSlug { get; init; }

    [Required]
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public string? OwnerOrganisationSlug { get; init; }

    /// <summary>The lead person's name as the public sees it.</summary>
    public string? Lead { get; init; }

    /// <summary>The e-mail of the lead's account, if the lead signs in: they may then edit and record reviews.</summary>
    public string? LeadEmail { get; init; }

    /// <summary>anticipatory, enhancement, adaptive or mission-oriented.</summary>
    [Required]
    public string? InnovationType { get; init; }

    /// <summary>The starting stage of a new initiative (idea when absent). On a change it must equal the current stage: stages change through gate decisions.</summary>
    public string? Stage { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public MoneyInput? Budget { get; init; }

    /// <summary>Hide the budget amount from the public.</summary>
    public bool? BudgetConfidential { get; init; }

    /// <summary>True for an existing activity brought into the mission.</summary>
    public bool? PredatesMission { get; init; }

    /// <summary>Since when the activity existed, when it pre-dates the mission.</summary>
    public string? PredatesSince { get; init; }

    /// <summary>The indicators it is meant to move; replaces the list when given.</summary>
    public IReadOnlyList<InitiativeTargetInput>? Targets { get; init; }
}
