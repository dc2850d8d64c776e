using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>The decision log's filters: by source, by date (inclusive, in UTC), by words; newest first.</summary>
public class DecisionLogTests
{
    private static readonly DecisionLogEntry Gate = Entry(DecisionSource.GateDecision, "2026-03-01T09:00:00Z", "Heat pilot: advance (pilot → scale)", "Emissions fell by a third.");
    private static readonly DecisionLogEntry Stocktake = Entry(DecisionSource.StocktakeDecision, "2026-03-15T23:30:00Z", "Stocktake of 15 March 2026", "Publish the heat plan");
    private static readonly DecisionLogEntry Letter = Entry(DecisionSource.LetterIssued, "2026-04-01T08:00:00Z", "Mission letter, version 2, issued", "Scope: energy and heat");

    private static DecisionLogEntry Entry(DecisionSource source, string at, string title, string text) =>
        new(source, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), title, text, "Anna", null, null, true, "/");

    private static List<DecisionLogEntry> Apply(DecisionLogFilter filter) => [.. DecisionLog.Apply([Gate, Stocktake, Letter], filter)];

    [Fact]
    public void Apply_NoFilter_AllNewestFirst()
    {
        Assert.Equal([Letter, Stocktake, Gate], Apply(new DecisionLogFilter()));
    }

    [Fact]
    public void Apply_FromAndTo_InclusiveWholeDays()
    {
        // 15 March at 23:30 UTC is still 15 March: both bounds include their whole day.
        Assert.Equal([Stocktake], Apply(new DecisionLogFilter(From: new DateOnly(2026, 3, 15), To: new DateOnly(2026, 3, 15))));
        Assert.Equal([Letter, Stocktake], Apply(new DecisionLogFilter(From: new DateOnly(2026, 3, 2))));
        Assert.Equal([Gate], Apply(new DecisionLogFilter(To: new DateOnly(2026, 3, 1))));
    }

    [Fact]
    public void Apply_Words_MatchTitleOrTextIgnoringCase()
    {
        Assert.Equal([Stocktake], Apply(new DecisionLogFilter(Text: " HEAT PLAN ")));
        Assert.Equal([Gate], Apply(new DecisionLogFilter(Text: "third")));
        Assert.Empty(Apply(new DecisionLogFilter(Text: "hydrogen")));
    }
}
