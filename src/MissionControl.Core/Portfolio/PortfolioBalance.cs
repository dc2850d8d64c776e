using MissionControl.Core.Organisations;

namespace MissionControl.Core.Portfolio;

/// <summary>What the balance of a portfolio is computed from: one row per initiative.</summary>
public sealed record PortfolioItem(Stage Stage, InnovationType InnovationType, DeliveryConfidence? DeliveryConfidence, Sector? OwnerSector, decimal? Budget, string? Currency);

/// <summary>
/// Shares are fractions from 0 to 1; null when there is nothing to share out. Budgets are compared in the
/// portfolio's main currency (the one most initiatives use), since amounts in different currencies do not add.
/// </summary>
public sealed record RedAmberShare(double? ByCount, double? ByBudget, string? Currency);

public sealed record Balance(
    IReadOnlyDictionary<string, int> ByStage,
    IReadOnlyDictionary<string, int> ByInnovationType,
    IReadOnlyDictionary<string, int> ByDeliveryConfidence,
    IReadOnlyDictionary<string, int> BySector,
    IReadOnlyDictionary<string, decimal> BudgetByStage,
    RedAmberShare RedAmberShare);

/// <summary>The balance of a portfolio: how its initiatives spread over stages, types, ratings and sectors.</summary>
public static class PortfolioBalance
{
    public const string Unrated = "unrated";

    public static Balance Of(IReadOnlyCollection<PortfolioItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);

        // Every category is listed, with zero where empty, so charts and clients see the whole scale.
        var byStage = Count(Enum.GetValues<Stage>().Select(Codes.ToCode), items.Select(i => Codes.ToCode(i.Stage)));
        var byType = Count(Enum.GetValues<InnovationType>().Select(Codes.ToCode), items.Select(i => Codes.ToCode(i.InnovationType)));
        var open = items.Where(i => !GateRules.IsTerminal(i.Stage)).ToList();
        var byConfidence = Count(Enum.GetValues<DeliveryConfidence>().Select(Codes.ToCode).Append(Unrated),
            open.Select(i => i.DeliveryConfidence is { } c ? Codes.ToCode(c) : Unrated));
        var bySector = items.Where(i => i.OwnerSector is not null).GroupBy(i => Codes.ToCode(i.OwnerSector!.Value))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var currency = items.Where(i => i.Budget is not null && i.Currency is not null).GroupBy(i => i.Currency!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        decimal BudgetOf(PortfolioItem i) => i.Currency == currency ? i.Budget ?? 0 : 0;
        var budgetByStage = Enum.GetValues<Stage>().ToDictionary(Codes.ToCode, s => items.Where(i => i.Stage == s).Sum(BudgetOf));

        // The share at risk is read over open initiatives: closed ones no longer need attention.
        var redAmber = open.Where(i => ReviewSchedule.NeedsFollowUp(i.DeliveryConfidence)).ToList();
        var totalBudget = open.Sum(BudgetOf);
        var share = new RedAmberShare(
            open.Count == 0 ? null : (double)redAmber.Count / open.Count,
            totalBudget == 0 ? null : (double)(redAmber.Sum(BudgetOf) / totalBudget),
            currency);
        return new Balance(byStage, byType, byConfidence, bySector, budgetByStage, share);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> categories, IEnumerable<string> values)
    {
        var counts = categories.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        foreach (var value in values)
        {
            counts[value]++;
        }

        return counts;
    }
}
