using MissionControl.Core.Governance;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Tests.Governance;

/// <summary>
/// A letter's goals come from the mission's indicators: the key figure's target ("at most" for a figure that
/// should fall, "at least" for one that should rise), each of its milestones still ahead at the letter's date,
/// then each supporting indicator with a target, by name. A goal reads "{text} by {due}".
/// </summary>
public class LetterGoalsTests
{
    private static readonly DateOnly March2026 = new(2026, 3, 1);

    private static Indicator Figure(string name, string unit, Direction direction, string? targetPeriod = null, double? targetValue = null,
        params (string Period, double Value)[] milestones) => new()
        {
            Slug = name.ToLowerInvariant().Replace(' ', '-'),
            Name = name,
            Unit = unit,
            Direction = direction,
            TargetPeriod = targetPeriod,
            TargetValue = targetValue,
            Milestones = [.. milestones.Select(m => new Milestone { Period = m.Period, Value = m.Value })],
        };

    private static Indicator Emissions(params (string, double)[] milestones) =>
        Figure("Net greenhouse-gas emissions", "Mt CO2e", Direction.Decrease, "2030", 23.8, milestones);

    private static IReadOnlyList<string> Lines(IEnumerable<LetterGoal> goals) => [.. goals.Select(LetterGoals.Describe)];

    [Fact]
    public void Generate_KeyFigureMilestonesAndSupporting_TargetThenMilestonesAheadThenSupportingByName()
    {
        var key = Emissions(("2027", 33.5), ("2025", 40));
        var supporting = new[]
        {
            Figure("Share of electric cars in new sales", "%", Direction.Increase, "2030", 45),
            Figure("Methane from farming", "kt", Direction.Decrease),
            Figure("Homes retrofitted", "homes", Direction.Increase, "2028-Q4", 1_500_000),
        };

        var goals = LetterGoals.Generate(key, supporting, March2026);

        // 2025 ended before March 2026, so it is history, not a goal; methane has no target, so no goal.
        Assert.Equal(
        [
            "Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2030",
            "Milestone: net greenhouse-gas emissions at most 33.5 Mt CO2e by 2027",
            "Homes retrofitted at least 1,500,000 homes by 2028-Q4",
            "Share of electric cars in new sales at least 45% by 2030",
        ], Lines(goals));
        Assert.Equal(["2030", "2027", "2028-Q4", "2030"], goals.Select(g => g.Due));
        Assert.Equal("Net greenhouse-gas emissions at most 23.8 Mt CO2e", goals[0].Text);
    }

    [Fact]
    public void Generate_MilestonesOutOfOrder_ListedByPeriod()
    {
        var goals = LetterGoals.Generate(Emissions(("2029", 28), ("2027-06", 33.5), ("2028", 31)), [], March2026);

        Assert.Equal(["2030", "2027-06", "2028", "2029"], goals.Select(g => g.Due));
    }

    [Theory]
    [InlineData("2027-12-31", true)]  // the period containing the date is 2027 itself: still ahead
    [InlineData("2028-01-01", false)] // 2027 has ended
    public void Generate_YearMilestone_KeptUntilTheYearHasEnded(string asOf, bool kept)
    {
        var goals = LetterGoals.Generate(Emissions(("2027", 33.5)), [], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(kept ? 2 : 1, goals.Count);
    }

    [Theory]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void Generate_QuarterMilestone_KeptUntilTheQuarterHasEnded(string asOf, bool kept)
    {
        var goals = LetterGoals.Generate(Emissions(("2026-Q1", 36)), [], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(kept, goals.Any(g => g.Due == "2026-Q1"));
    }

    [Fact]
    public void Generate_KeyFigureWithoutTarget_GoalIsTheDirectionWithoutDeadline()
    {
        var key = Figure("Years in good health", "years", Direction.Increase);

        var goal = Assert.Single(LetterGoals.Generate(key, [], March2026));

        Assert.Equal("Years in good health to rise", goal.Text);
        Assert.Null(goal.Due);
        Assert.Equal("Years in good health to rise", LetterGoals.Describe(goal));
    }

    [Fact]
    public void Generate_FallingKeyFigureWithoutTarget_GoalSaysFall()
    {
        var goal = Assert.Single(LetterGoals.Generate(Figure("Rough sleepers", "people", Direction.Decrease), [], March2026));

        Assert.Equal("Rough sleepers to fall", goal.Text);
    }

    [Fact]
    public void Generate_NameStartingWithAnAcronym_MilestoneKeepsTheCapitals()
    {
        var key = Figure("CO2 emissions from transport", "Mt", Direction.Decrease, "2030", 8, ("2028", 10));

        var goals = LetterGoals.Generate(key, [], March2026);

        Assert.Equal("Milestone: CO2 emissions from transport at most 10 Mt by 2028", LetterGoals.Describe(goals[1]));
    }

    [Fact]
    public void Generate_NoKeyFigure_OnlySupportingTargets()
    {
        var goals = LetterGoals.Generate(null, [Figure("Cycle lanes", "km", Direction.Increase, "2029", 1200)], March2026);

        Assert.Equal(["Cycle lanes at least 1,200 km by 2029"], Lines(goals));
    }

    [Theory]
    [InlineData(23.8, "Mt CO2e", "23.8 Mt CO2e")]
    [InlineData(1234.5678, "homes", "1,234.568 homes")]
    [InlineData(0.5, "%", "0.5%")]
    [InlineData(100, "index", "100 index")]
    [InlineData(-2, "°C", "-2 °C")]
    public void Value_NumberAndUnit_InvariantWithThousandsSeparator(double value, string unit, string expected) =>
        Assert.Equal(expected, LetterGoals.Value(value, unit));
}
