using MissionControl.Core.Governance;
using MissionControl.Core.Indicators;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Tests.Governance;

/// <summary>
/// The agenda of a stocktake, generated from the data. The worked examples use a mission on 2026-06-15 whose previous
/// stocktake was on 2026-03-01.
/// </summary>
public class StocktakeAgendaTests
{
    private static readonly DateOnly Today = D("2026-06-15");
    private static readonly DateOnly PreviousDate = D("2026-03-01");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static IndicatorState Key(AssessmentStatus status) => new("emissions", "Greenhouse gas emissions", true, status);

    private static IndicatorState Supporting(string slug, AssessmentStatus status) => new(slug, $"Indicator {slug}", false, status);

    private static StatusSnapshot Was(string slug, AssessmentStatus status) => new() { IndicatorSlug = slug, Status = status };

    /// <summary>An open pilot reviewed green on 2026-05-01, due again on 2026-11-01, decided at its last gate on 2026-05-01.</summary>
    private static InitiativeState Initiative(string slug, DeliveryConfidence? rating = DeliveryConfidence.Green, Stage stage = Stage.Pilot,
        string nextDue = "2026-11-01", string? reviewedOn = "2026-05-01", string? decidedOn = "2026-05-01") =>
        new(slug, $"Initiative {slug}", stage, rating, D(nextDue), reviewedOn is null ? null : D(reviewedOn), "Continue to scale", decidedOn is null ? null : D(decidedOn));

    private static List<AgendaItem> Generate(IReadOnlyList<IndicatorState>? indicators = null, IReadOnlyList<StatusSnapshot>? previous = null,
        IReadOnlyList<InitiativeState>? initiatives = null, IReadOnlyList<OpenDecision>? decisions = null) =>
        StocktakeAgenda.Generate(new AgendaInputs(indicators ?? [], previous, previous is null ? null : PreviousDate, initiatives ?? [], decisions ?? [], Today));

    private static List<(AgendaKind, string)> Items(List<AgendaItem> agenda) => [.. agenda.Select(a => (a.Kind, a.Subject))];

    [Theory]
    [InlineData(AssessmentStatus.OnTrack, AssessmentStatus.Achieved, true)]
    [InlineData(AssessmentStatus.Moderate, AssessmentStatus.OnTrack, true)]
    [InlineData(AssessmentStatus.MovingAway, AssessmentStatus.Achieved, true)]
    [InlineData(AssessmentStatus.MovingAway, AssessmentStatus.Insufficient, true)]
    [InlineData(AssessmentStatus.OnTrack, AssessmentStatus.OnTrack, false)]
    [InlineData(AssessmentStatus.OnTrack, AssessmentStatus.Moderate, false)] // better, not worse
    [InlineData(AssessmentStatus.NotAssessable, AssessmentStatus.OnTrack, false)] // nothing can be said
    [InlineData(AssessmentStatus.MovingAway, AssessmentStatus.NotAssessable, false)]
    public void IsWorse_OrderAchievedOnTrackModerateInsufficientMovingAway(AssessmentStatus now, AssessmentStatus before, bool worse)
    {
        Assert.Equal(worse, StocktakeAgenda.IsWorse(now, before));
    }

    [Fact]
    public void Generate_NothingToDiscuss_EmptyAgenda()
    {
        var agenda = Generate([Key(AssessmentStatus.OnTrack), Supporting("jobs", AssessmentStatus.Achieved)],
            [Was("emissions", AssessmentStatus.OnTrack), Was("jobs", AssessmentStatus.Achieved)], [Initiative("heat-pumps")]);

        Assert.Empty(agenda);
    }

    [Fact]
    public void Generate_KeyFigureFellFromOnTrackToModerate_StatusWorsenedOnceNotAlsoOffTrack()
    {
        var agenda = Generate([Key(AssessmentStatus.Moderate)], [Was("emissions", AssessmentStatus.OnTrack)]);

        var item = Assert.Single(agenda);
        Assert.Equal(AgendaKind.StatusWorsened, item.Kind);
        Assert.Equal("emissions", item.Subject);
        Assert.Equal("The key figure Greenhouse gas emissions has worsened since the previous stocktake (1 March 2026): from on track to moderate progress.", item.Text);
    }

    [Fact]
    public void Generate_FirstStocktake_NoSnapshotSoOnlyOffTrack()
    {
        var agenda = Generate([Key(AssessmentStatus.Insufficient), Supporting("jobs", AssessmentStatus.OnTrack)]);

        var item = Assert.Single(agenda);
        Assert.Equal((AgendaKind.IndicatorOffTrack, "emissions"), (item.Kind, item.Subject));
        Assert.Equal("The key figure Greenhouse gas emissions is not on track: insufficient progress.", item.Text);
    }

    [Fact]
    public void Generate_OffTrackUnchangedOrBetter_OffTrackNotWorsened()
    {
        // Moving away in March, insufficient now: better, yet still not on track. Moderate in both: unchanged.
        var agenda = Generate([Supporting("a", AssessmentStatus.Insufficient), Supporting("b", AssessmentStatus.Moderate)],
            [Was("a", AssessmentStatus.MovingAway), Was("b", AssessmentStatus.Moderate)]);

        Assert.Equal([(AgendaKind.IndicatorOffTrack, "a"), (AgendaKind.IndicatorOffTrack, "b")], Items(agenda));
    }

    [Fact]
    public void Generate_BecameNotAssessableOrNewIndicator_NotWorsened()
    {
        // "c" was not in the previous snapshot (added since): it can only be off track.
        var agenda = Generate([Supporting("a", AssessmentStatus.NotAssessable), Supporting("c", AssessmentStatus.MovingAway)],
            [Was("a", AssessmentStatus.OnTrack)]);

        Assert.Equal([(AgendaKind.IndicatorOffTrack, "c")], Items(agenda));
    }

    [Fact]
    public void Generate_Indicators_KeyFigureFirstThenWorstStatusFirst()
    {
        var agenda = Generate([Supporting("moderate", AssessmentStatus.Moderate), Supporting("away", AssessmentStatus.MovingAway), Key(AssessmentStatus.Moderate)]);

        Assert.Equal([(AgendaKind.IndicatorOffTrack, "emissions"), (AgendaKind.IndicatorOffTrack, "away"), (AgendaKind.IndicatorOffTrack, "moderate")], Items(agenda));
    }

    [Fact]
    public void Generate_RedAndAmberRedOpenInitiatives_RedFirstClosedLeftOut()
    {
        var agenda = Generate(initiatives:
        [
            Initiative("amber-red", DeliveryConfidence.AmberRed),
            Initiative("red", DeliveryConfidence.Red),
            Initiative("amber", DeliveryConfidence.Amber),
            Initiative("stopped-red", DeliveryConfidence.Red, Stage.Stopped),
            Initiative("unrated", null, reviewedOn: null, decidedOn: null),
        ]);

        Assert.Equal([(AgendaKind.InitiativeRed, "red"), (AgendaKind.InitiativeRed, "amber-red")], Items(agenda));
        Assert.Equal("Initiative red is rated red: successful delivery appears unachievable.", agenda[0].Text);
        Assert.Equal("Initiative amber-red is rated amber-red: successful delivery is in doubt; urgent action is needed.", agenda[1].Text);
    }

    [Fact]
    public void Generate_ReviewDueBeforeToday_OverdueLongestFirst()
    {
        // Due 2026-06-14: 1 day overdue on 2026-06-15. Due 2026-05-16: 30 days. Due today: not overdue yet.
        var agenda = Generate(initiatives:
        [
            Initiative("one-day", nextDue: "2026-06-14"),
            Initiative("thirty-days", nextDue: "2026-05-16"),
            Initiative("today", nextDue: "2026-06-15"),
            Initiative("mainstreamed", stage: Stage.Mainstreamed, nextDue: "2026-01-01"),
        ]);

        Assert.Equal([(AgendaKind.ReviewOverdue, "thirty-days"), (AgendaKind.ReviewOverdue, "one-day")], Items(agenda));
        Assert.Equal("Initiative thirty-days: the review due on 16 May 2026 is 30 days overdue.", agenda[0].Text);
        Assert.Equal("Initiative one-day: the review due on 14 June 2026 is 1 day overdue.", agenda[1].Text);
    }

    [Theory]
    [InlineData("2026-05-01", null, true)] // reviewed, never decided at a gate
    [InlineData("2026-05-01", "2026-04-30", true)] // reviewed after the last gate decision
    [InlineData("2026-05-01", "2026-05-01", false)] // decided on the day of the review
    [InlineData("2026-05-01", "2026-05-20", false)] // decided since
    [InlineData(null, null, false)] // never reviewed: nothing to decide on yet
    public void IsDecisionPending_LatestReviewAgainstLastGateDecision(string? reviewedOn, string? decidedOn, bool pending)
    {
        Assert.Equal(pending, StocktakeAgenda.IsDecisionPending(Initiative("x", reviewedOn: reviewedOn, decidedOn: decidedOn)));
    }

    [Fact]
    public void Generate_ReviewedSinceLastGateDecision_DecisionPendingWithRecommendation()
    {
        var agenda = Generate(initiatives:
        [
            Initiative("waiting", reviewedOn: "2026-05-01", decidedOn: "2026-01-10"),
            Initiative("never-decided", reviewedOn: "2026-04-01", decidedOn: null),
            Initiative("decided", reviewedOn: "2026-05-01", decidedOn: "2026-05-02"),
            Initiative("closed", stage: Stage.Stopped, reviewedOn: "2026-05-01", decidedOn: null),
        ]);

        Assert.Equal([(AgendaKind.DecisionPending, "never-decided"), (AgendaKind.DecisionPending, "waiting")], Items(agenda));
        Assert.Equal("Initiative never-decided: reviewed on 1 April 2026, recommending “Continue to scale”; no gate decision has been recorded yet.", agenda[0].Text);
        Assert.Equal("Initiative waiting: reviewed on 1 May 2026, recommending “Continue to scale”; the last gate decision was on 10 January 2026.", agenda[1].Text);
    }

    [Fact]
    public void Generate_OpenDecisions_ActionOpenByDueDateWithOwnerAndOverdue()
    {
        var agenda = Generate(decisions:
        [
            new OpenDecision(7, "Publish the heat-pump tender", null, null, D("2026-03-01")),
            new OpenDecision(5, "Ask the treasury for the co-payment", "Ministry of Finance", D("2026-06-01"), D("2026-03-01")),
            new OpenDecision(9, "Recruit two installers' trainers.", "Agency", D("2026-07-01"), D("2026-03-01")),
        ]);

        Assert.Equal([(AgendaKind.ActionOpen, "decision-5"), (AgendaKind.ActionOpen, "decision-9"), (AgendaKind.ActionOpen, "decision-7")], Items(agenda));
        // Due 2026-06-01, today 2026-06-15: 14 days overdue.
        Assert.Equal("Still open from the stocktake of 1 March 2026: Ask the treasury for the co-payment (owner Ministry of Finance; was due 1 June 2026, 14 days overdue).", agenda[0].Text);
        Assert.Equal("Still open from the stocktake of 1 March 2026: Recruit two installers' trainers (owner Agency; due 1 July 2026).", agenda[1].Text);
        Assert.Equal("Still open from the stocktake of 1 March 2026: Publish the heat-pump tender.", agenda[2].Text);
    }

    [Fact]
    public void Generate_Everything_SectionsInOrder()
    {
        var agenda = Generate(
            [Key(AssessmentStatus.Moderate), Supporting("jobs", AssessmentStatus.Insufficient)],
            [Was("emissions", AssessmentStatus.OnTrack), Was("jobs", AssessmentStatus.Insufficient)],
            [Initiative("red", DeliveryConfidence.Red, nextDue: "2026-06-01", reviewedOn: "2026-03-01", decidedOn: null)],
            [new OpenDecision(3, "Write to the regions", null, null, PreviousDate)]);

        Assert.Equal(
        [
            (AgendaKind.StatusWorsened, "emissions"),
            (AgendaKind.IndicatorOffTrack, "jobs"),
            (AgendaKind.InitiativeRed, "red"),
            (AgendaKind.ReviewOverdue, "red"),
            (AgendaKind.DecisionPending, "red"),
            (AgendaKind.ActionOpen, "decision-3"),
        ], Items(agenda));
    }

    [Fact]
    public void Generate_LongRecommendation_ClippedSoTheItemFitsItsColumn()
    {
        var long1 = new string('x', 1900);
        var initiative = Initiative("long") with { LatestRecommendation = long1, LastGateDecisionOn = null };

        var item = Assert.Single(Generate(initiatives: [initiative]));

        Assert.True(item.Text.Length <= 1000, $"{item.Text.Length} characters");
        Assert.Contains("x…”", item.Text);
    }

    [Theory]
    [InlineData(12, "decision-12")]
    [InlineData(1, "decision-1")]
    public void DecisionSubject_RoundTrips(int id, string subject)
    {
        Assert.Equal(subject, StocktakeAgenda.DecisionSubject(id));
        Assert.Equal(id, StocktakeAgenda.DecisionId(subject));
    }

    [Theory]
    [InlineData("emissions")]
    [InlineData("decision-")]
    [InlineData("decision-x1")]
    [InlineData("decision--3")]
    public void DecisionId_NotADecision_Null(string subject)
    {
        Assert.Null(StocktakeAgenda.DecisionId(subject));
    }
}
