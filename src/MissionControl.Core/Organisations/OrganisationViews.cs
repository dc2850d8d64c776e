using MissionControl.Core.Coalitions;

namespace MissionControl.Core.Organisations;

/// <summary>An organisation as the API and pages show it. <c>MergedIntoSlug</c> points a merged duplicate to its survivor.</summary>
public sealed record OrganisationView(
    string Slug,
    string Name,
    Sector Sector,
    string? ParentSlug,
    string? ParentName,
    string? Country,
    string? Region,
    string? Website,
    string? MergedIntoSlug,
    string? MergedIntoName,
    int Version);

/// <summary>One pledge an organisation made, with the mission it was made to, for the organisation's page.</summary>
public sealed record OrganisationPledge(
    int Id,
    string MissionSlug,
    string MissionTitle,
    string? InitiativeSlug,
    PledgeKind Kind,
    decimal Quantity,
    string Unit,
    decimal Delivered,
    DateOnly From,
    DateOnly To,
    PledgeStatus Status);
