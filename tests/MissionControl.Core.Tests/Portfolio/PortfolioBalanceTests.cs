using MissionControl.Core.Organisations;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Tests.Portfolio;

/// <summary>
/// The balance of a portfolio: counts per stage, innovation type, delivery confidence (open initiatives only)
/// and owner sector, and the share of the open initiatives rated red or amber-red, by count and by budget in
/// the portfolio's main currency (the one most initiatives use).
/// </summary>
public class PortfolioBalanceTests
{
    private static PortfolioItem Item(Stage stage, DeliveryConfidence? rating, decimal? budget = null, string? currency = null,
        InnovationType type = InnovationType.Enhancement, Sector? sector = null) =>
        new(stage, type, rating, sector, budget, currency);

    /// <summary>
    /// Seven initiatives, six open:
    ///   A pilot     enhancement      red        agency        100 EUR
    ///   B scale     mission-oriented amber-red  municipality  300 EUR
    ///   C pilot     adaptive         green      agency        400 EUR
    ///   D discovery enhancement      amber      –             200 EUR
    ///   E idea      anticipatory     unrated    –             no budget
    ///   F stopped   enhancement      red        business     1000 EUR (closed)
    ///   G scale     mission-oriented green      startup      5000 DKK
    /// </summary>
    private static readonly PortfolioItem[] Worked =
    [
        Item(Stage.Pilot, DeliveryConfidence.Red, 100, "EUR", InnovationType.Enhancement, Sector.Agency),
        Item(Stage.Scale, DeliveryConfidence.AmberRed, 300, "EUR", InnovationType.MissionOriented, Sector.Municipality),
        Item(Stage.Pilot, DeliveryConfidence.Green, 400, "EUR", InnovationType.Adaptive, Sector.Agency),
        Item(Stage.Discovery, DeliveryConfidence.Amber, 200, "EUR", InnovationType.Enhancement),
        Item(Stage.Idea, null, null, null, InnovationType.Anticipatory),
        Item(Stage.Stopped, DeliveryConfidence.Red, 1000, "EUR", InnovationType.Enhancement, Sector.Business),
        Item(Stage.Scale, DeliveryConfidence.Green, 5000, "DKK", InnovationType.MissionOriented, Sector.Startup),
    ];

    [Fact]
    public void Of_WorkedPortfolio_CountsEveryStageWithZeros()
    {
        var balance = PortfolioBalance.Of(Worked);

        Assert.Equal(new Dictionary<string, int>
        {
            ["idea"] = 1,
            ["discovery"] = 1,
            ["pilot"] = 2,
            ["scale"] = 2,
            ["mainstreamed"] = 0,
            ["stopped"] = 1,
            ["repurposed"] = 0,
        }, balance.ByStage);
    }

    [Fact]
    public void Of_WorkedPortfolio_CountsEveryInnovationTypeInKebabCase()
    {
        var balance = PortfolioBalance.Of(Worked);

        Assert.Equal(new Dictionary<string, int>
        {
            ["anticipatory"] = 1,
            ["enhancement"] = 3,
            ["adaptive"] = 1,
            ["mission-oriented"] = 2,
        }, balance.ByInnovationType);
    }

    [Fact]
    public void Of_WorkedPortfolio_CountsRatingsOfOpenInitiativesWithUnrated()
    {
        // F is stopped, so its red rating is not counted: 6 open initiatives in all.
        var balance = PortfolioBalance.Of(Worked);

        Assert.Equal(new Dictionary<string, int>
        {
            ["green"] = 2,
            ["amber-green"] = 0,
            ["amber"] = 1,
            ["amber-red"] = 1,
            ["red"] = 1,
            [PortfolioBalance.Unrated] = 1,
        }, balance.ByDeliveryConfidence);
        Assert.Equal("unrated", PortfolioBalance.Unrated);
    }

    [Fact]
    public void Of_WorkedPortfolio_CountsOnlySectorsPresent()
    {
        var balance = PortfolioBalance.Of(Worked);

        Assert.Equal(new Dictionary<string, int> { ["agency"] = 2, ["business"] = 1, ["municipality"] = 1, ["startup"] = 1 }, balance.BySector);
    }

    [Fact]
    public void Of_WorkedPortfolio_BudgetByStageInMainCurrencyOnly()
    {
        // EUR is used by 5 initiatives, DKK by 1: G's 5000 DKK is left out of scale.
        var balance = PortfolioBalance.Of(Worked);

        Assert.Equal(new Dictionary<string, decimal>
        {
            ["idea"] = 0,
            ["discovery"] = 200,
            ["pilot"] = 500,
            ["scale"] = 300,
            ["mainstreamed"] = 0,
            ["stopped"] = 1000,
            ["repurposed"] = 0,
        }, balance.BudgetByStage);
    }

    [Fact]
    public void Of_WorkedPortfolio_RedAmberShareByCountAndByBudget()
    {
        var share = PortfolioBalance.Of(Worked).RedAmberShare;

        // By count: A and B of the 6 open initiatives = 2/6 = 0.3333.
        Assert.Equal(2.0 / 6, share.ByCount!.Value, 10);
        // By budget (EUR, open only): (100 + 300) / (100 + 300 + 400 + 200) = 400 / 1000 = 0.4.
        Assert.Equal(0.4, share.ByBudget!.Value, 10);
        Assert.Equal("EUR", share.Currency);
    }

    [Fact]
    public void Of_BudgetInASecondCurrency_IgnoredForTheShareByBudget()
    {
        // EUR used twice, DKK once. By budget: 100 / (100 + 300) = 0.25; adding the DKK would give
        // (100 + 5000) / (100 + 300 + 5000) = 0.944. By count the DKK initiative counts: 2/3.
        var share = PortfolioBalance.Of(
        [
            Item(Stage.Pilot, DeliveryConfidence.Red, 100, "EUR"),
            Item(Stage.Pilot, DeliveryConfidence.Green, 300, "EUR"),
            Item(Stage.Pilot, DeliveryConfidence.Red, 5000, "DKK"),
        ]).RedAmberShare;

        Assert.Equal(0.25, share.ByBudget!.Value, 10);
        Assert.Equal(2.0 / 3, share.ByCount!.Value, 10);
        Assert.Equal("EUR", share.Currency);
    }

    [Fact]
    public void Of_CurrenciesEquallyCommon_MainCurrencyIsTheFirstCode()
    {
        // One DKK, one EUR: DKK sorts first, so the share by budget is 100 / 100 = 1.
        var share = PortfolioBalance.Of(
        [
            Item(Stage.Pilot, DeliveryConfidence.Red, 100, "DKK"),
            Item(Stage.Pilot, DeliveryConfidence.Green, 900, "EUR"),
        ]).RedAmberShare;

        Assert.Equal("DKK", share.Currency);
        Assert.Equal(1.0, share.ByBudget!.Value, 10);
        Assert.Equal(0.5, share.ByCount!.Value, 10);
    }

    [Fact]
    public void Of_ClosedInitiativesRatedRed_ExcludedFromTheShare()
    {
        // Open: red 100 and green 300 → by count 1/2 = 0.5, by budget 100 / 400 = 0.25.
        // Stopped, repurposed and mainstreamed initiatives keep their last rating but no longer count.
        var share = PortfolioBalance.Of(
        [
            Item(Stage.Pilot, DeliveryConfidence.Red, 100, "EUR"),
            Item(Stage.Scale, DeliveryConfidence.Green, 300, "EUR"),
            Item(Stage.Stopped, DeliveryConfidence.Red, 1000, "EUR"),
            Item(Stage.Repurposed, DeliveryConfidence.AmberRed, 500, "EUR"),
            Item(Stage.Mainstreamed, DeliveryConfidence.Red, 200, "EUR"),
        ]).RedAmberShare;

        Assert.Equal(0.5, share.ByCount!.Value, 10);
        Assert.Equal(0.25, share.ByBudget!.Value, 10);
    }

    [Fact]
    public void Of_EmptyPortfolio_SharesNullAndEveryCountZero()
    {
        var balance = PortfolioBalance.Of([]);

        Assert.Null(balance.RedAmberShare.ByCount);
        Assert.Null(balance.RedAmberShare.ByBudget);
        Assert.Null(balance.RedAmberShare.Currency);
        Assert.Equal(7, balance.ByStage.Count);
        Assert.All(balance.ByStage.Values, v => Assert.Equal(0, v));
        Assert.Equal(4, balance.ByInnovationType.Count);
        Assert.All(balance.ByInnovationType.Values, v => Assert.Equal(0, v));
        Assert.Equal(6, balance.ByDeliveryConfidence.Count);
        Assert.All(balance.ByDeliveryConfidence.Values, v => Assert.Equal(0, v));
        Assert.Empty(balance.BySector);
    }

    [Fact]
    public void Of_OnlyClosedInitiatives_SharesNull()
    {
        var share = PortfolioBalance.Of([Item(Stage.Stopped, DeliveryConfidence.Red, 100, "EUR")]).RedAmberShare;

        Assert.Null(share.ByCount);
        Assert.Null(share.ByBudget);
    }

    [Fact]
    public void Of_OpenInitiativesWithoutBudgets_ShareByCountOnly()
    {
        // 1 of 3 rated red → 0.3333; no budget to share out → null.
        var share = PortfolioBalance.Of(
        [
            Item(Stage.Idea, DeliveryConfidence.Red),
            Item(Stage.Idea, DeliveryConfidence.Green),
            Item(Stage.Idea, null),
        ]).RedAmberShare;

        Assert.Equal(1.0 / 3, share.ByCount!.Value, 10);
        Assert.Null(share.ByBudget);
        Assert.Null(share.Currency);
    }

    [Fact]
    public void Of_OpenBudgetsAllZero_ShareByBudgetNull()
    {
        var share = PortfolioBalance.Of([Item(Stage.Pilot, DeliveryConfidence.Red, 0, "EUR")]).RedAmberShare;

        Assert.Equal(1.0, share.ByCount!.Value, 10);
        Assert.Null(share.ByBudget);
    }

    [Fact]
    public void Of_NoneRatedRedOrAmberRed_SharesZero()
    {
        var share = PortfolioBalance.Of(
        [
            Item(Stage.Pilot, DeliveryConfidence.Amber, 100, "EUR"),
            Item(Stage.Pilot, DeliveryConfidence.AmberGreen, 100, "EUR"),
        ]).RedAmberShare;

        Assert.Equal(0.0, share.ByCount!.Value, 10);
        Assert.Equal(0.0, share.ByBudget!.Value, 10);
    }
}
