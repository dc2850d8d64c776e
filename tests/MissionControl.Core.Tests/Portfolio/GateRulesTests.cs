using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Tests.Portfolio;

/// <summary>
/// The stage-gate rules. Open stages run idea → discovery → pilot → scale → mainstreamed; stop and repurpose
/// close an initiative from any open stage; mainstreamed, stopped and repurposed take no further decisions.
/// </summary>
public class GateRulesTests
{
    private static readonly ExitPlan CompleteExit = new("The data platform", "Team joins the agency's digital unit", "Licences transferred", "Report published");

    private static GateProposal Propose(
        GateDecisionKind decision,
        Stage from,
        Stage? to = null,
        string? rationale = "The pilot met its success criterion.",
        IReadOnlyList<string>? evidence = null,
        string? skipReason = null,
        ExitPlan? exitPlan = null,
        IReadOnlyList<string>? successors = null) =>
        new(decision, from, to, rationale, evidence ?? [], skipReason, exitPlan, successors ?? []);

    private static Stage Allowed(GateProposal proposal)
    {
        var outcome = GateRules.Check(proposal);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
        return outcome.Value;
    }

    /// <summary>Asserts the proposal is refused and returns the fields named in the errors, sorted.</summary>
    private static IReadOnlyList<string> Refused(GateProposal proposal)
    {
        var outcome = GateRules.Check(proposal);
        Assert.False(outcome.Succeeded, $"Expected a refusal, got {outcome.Value}.");
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        return [.. outcome.Errors.Keys.Order(StringComparer.Ordinal)];
    }

    // Advance

    [Theory]
    [InlineData(Stage.Idea, Stage.Discovery)]
    [InlineData(Stage.Discovery, Stage.Pilot)]
    [InlineData(Stage.Pilot, Stage.Scale)]
    public void Check_AdvanceWithoutToStage_MovesToTheNextStage(Stage from, Stage expected)
    {
        Assert.Equal(expected, Allowed(Propose(GateDecisionKind.Advance, from)));
    }

    [Fact]
    public void Check_AdvanceToTheNextStageNamed_Allowed()
    {
        Assert.Equal(Stage.Pilot, Allowed(Propose(GateDecisionKind.Advance, Stage.Discovery, Stage.Pilot)));
    }

    [Theory]
    [InlineData(Stage.Idea, Stage.Pilot, "discovery")]
    [InlineData(Stage.Idea, Stage.Scale, "discovery and pilot")]
    [InlineData(Stage.Discovery, Stage.Scale, "pilot")]
    public void Check_AdvanceSkippingAStageWithoutReason_RefusedNamingSkipReason(Stage from, Stage to, string skipped)
    {
        var outcome = GateRules.Check(Propose(GateDecisionKind.Advance, from, to));

        Assert.Equal(["skipReason"], outcome.Errors.Keys);
        Assert.Contains($"skips {skipped}", outcome.Errors["skipReason"][0]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_AdvanceSkippingAStageWithBlankReason_RefusedNamingSkipReason(string? reason)
    {
        Assert.Equal(["skipReason"], Refused(Propose(GateDecisionKind.Advance, Stage.Idea, Stage.Pilot, skipReason: reason)));
    }

    [Theory]
    [InlineData(Stage.Idea, Stage.Pilot)]
    [InlineData(Stage.Idea, Stage.Scale)]
    [InlineData(Stage.Discovery, Stage.Scale)]
    public void Check_AdvanceSkippingAStageWithReason_Allowed(Stage from, Stage to)
    {
        var proposal = Propose(GateDecisionKind.Advance, from, to, skipReason: "A neighbouring municipality already ran the discovery.");

        Assert.Equal(to, Allowed(proposal));
    }

    [Fact]
    public void Check_AdvanceFromScaleWithoutToStage_RefusedPointingToMainstream()
    {
        var outcome = GateRules.Check(Propose(GateDecisionKind.Advance, Stage.Scale));

        Assert.Equal(["toStage"], outcome.Errors.Keys);
        Assert.Contains("'mainstream'", outcome.Errors["toStage"][0]);
    }

    [Theory]
    [InlineData(Stage.Pilot)]
    [InlineData(Stage.Scale)]
    public void Check_AdvanceToMainstreamed_RefusedNamingToStage(Stage from)
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Advance, from, Stage.Mainstreamed, skipReason: "Ready")));
    }

    [Theory]
    [InlineData(Stage.Pilot, Stage.Pilot)]
    [InlineData(Stage.Pilot, Stage.Discovery)]
    [InlineData(Stage.Scale, Stage.Idea)]
    [InlineData(Stage.Idea, Stage.Stopped)]
    [InlineData(Stage.Idea, Stage.Repurposed)]
    public void Check_AdvanceNotForward_RefusedNamingToStage(Stage from, Stage to)
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Advance, from, to)));
    }

    // Hold

    [Theory]
    [InlineData(Stage.Idea)]
    [InlineData(Stage.Pilot)]
    [InlineData(Stage.Scale)]
    public void Check_HoldWithoutToStage_KeepsTheStage(Stage from)
    {
        Assert.Equal(from, Allowed(Propose(GateDecisionKind.Hold, from)));
    }

    [Fact]
    public void Check_HoldNamingTheCurrentStage_KeepsTheStage()
    {
        Assert.Equal(Stage.Discovery, Allowed(Propose(GateDecisionKind.Hold, Stage.Discovery, Stage.Discovery)));
    }

    [Theory]
    [InlineData(Stage.Pilot, Stage.Scale)]
    [InlineData(Stage.Pilot, Stage.Discovery)]
    [InlineData(Stage.Pilot, Stage.Stopped)]
    public void Check_HoldWithADifferentToStage_RefusedNamingToStage(Stage from, Stage to)
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Hold, from, to)));
    }

    // Pivot

    [Theory]
    [InlineData(Stage.Pilot, Stage.Discovery)]
    [InlineData(Stage.Scale, Stage.Idea)]
    [InlineData(Stage.Discovery, Stage.Discovery)]
    public void Check_PivotBackOrInPlace_Allowed(Stage from, Stage to)
    {
        Assert.Equal(to, Allowed(Propose(GateDecisionKind.Pivot, from, to)));
    }

    [Fact]
    public void Check_PivotWithoutToStage_KeepsTheStage()
    {
        Assert.Equal(Stage.Pilot, Allowed(Propose(GateDecisionKind.Pivot, Stage.Pilot)));
    }

    [Theory]
    [InlineData(Stage.Idea, Stage.Discovery)]
    [InlineData(Stage.Discovery, Stage.Scale)]
    [InlineData(Stage.Scale, Stage.Mainstreamed)]
    [InlineData(Stage.Pilot, Stage.Stopped)]
    [InlineData(Stage.Pilot, Stage.Repurposed)]
    public void Check_PivotForwardOrToAClosedStage_RefusedNamingToStage(Stage from, Stage to)
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Pivot, from, to)));
    }

    // Stop

    [Theory]
    [InlineData(Stage.Idea)]
    [InlineData(Stage.Pilot)]
    [InlineData(Stage.Scale)]
    public void Check_StopWithCompleteExitPlan_Stopped(Stage from)
    {
        Assert.Equal(Stage.Stopped, Allowed(Propose(GateDecisionKind.Stop, from, exitPlan: CompleteExit)));
    }

    [Fact]
    public void Check_StopWithoutExitPlan_RefusedNamingExitPlan()
    {
        var outcome = GateRules.Check(Propose(GateDecisionKind.Stop, Stage.Pilot));

        Assert.Equal(["exitPlan"], outcome.Errors.Keys);
        Assert.Contains("exit plan", outcome.Errors["exitPlan"][0]);
    }

    [Theory]
    [InlineData(null, "people", "assets", "learning")]
    [InlineData("kept", " ", "assets", "learning")]
    [InlineData("kept", "people", "", "learning")]
    [InlineData("kept", "people", "assets", null)]
    public void Check_StopWithIncompleteExitPlan_RefusedNamingExitPlan(string? kept, string? people, string? assets, string? learning)
    {
        var proposal = Propose(GateDecisionKind.Stop, Stage.Pilot, exitPlan: new ExitPlan(kept, people, assets, learning));

        Assert.Equal(["exitPlan"], Refused(proposal));
    }

    [Fact]
    public void Check_StopNamingAnotherToStage_RefusedNamingToStage()
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Stop, Stage.Pilot, Stage.Repurposed, exitPlan: CompleteExit)));
    }

    [Fact]
    public void Check_StopNamingStopped_Stopped()
    {
        Assert.Equal(Stage.Stopped, Allowed(Propose(GateDecisionKind.Stop, Stage.Pilot, Stage.Stopped, exitPlan: CompleteExit)));
    }

    // Repurpose

    [Fact]
    public void Check_RepurposeWithExitPlanAndSuccessor_Repurposed()
    {
        var proposal = Propose(GateDecisionKind.Repurpose, Stage.Scale, exitPlan: CompleteExit, successors: ["heat-pumps-for-all"]);

        Assert.Equal(Stage.Repurposed, Allowed(proposal));
    }

    [Fact]
    public void Check_RepurposeWithoutSuccessors_RefusedNamingSuccessorSlugs()
    {
        Assert.Equal(["successorSlugs"], Refused(Propose(GateDecisionKind.Repurpose, Stage.Pilot, exitPlan: CompleteExit)));
    }

    [Fact]
    public void Check_RepurposeWithoutExitPlan_RefusedNamingExitPlan()
    {
        Assert.Equal(["exitPlan"], Refused(Propose(GateDecisionKind.Repurpose, Stage.Pilot, successors: ["successor"])));
    }

    [Fact]
    public void Check_RepurposeWithNeither_RefusedNamingBoth()
    {
        Assert.Equal(["exitPlan", "successorSlugs"], Refused(Propose(GateDecisionKind.Repurpose, Stage.Pilot)));
    }

    // Mainstream

    [Fact]
    public void Check_MainstreamFromScale_Mainstreamed()
    {
        Assert.Equal(Stage.Mainstreamed, Allowed(Propose(GateDecisionKind.Mainstream, Stage.Scale)));
    }

    [Theory]
    [InlineData(Stage.Idea)]
    [InlineData(Stage.Discovery)]
    [InlineData(Stage.Pilot)]
    public void Check_MainstreamBeforeScaleWithoutReason_RefusedNamingSkipReason(Stage from)
    {
        Assert.Equal(["skipReason"], Refused(Propose(GateDecisionKind.Mainstream, from)));
    }

    [Fact]
    public void Check_MainstreamBeforeAPilotWithReason_Mainstreamed()
    {
        var proposal = Propose(GateDecisionKind.Mainstream, Stage.Discovery, skipReason: "A statutory change; nothing to pilot.");

        Assert.Equal(Stage.Mainstreamed, Allowed(proposal));
    }

    [Fact]
    public void Check_MainstreamNamingAnotherToStage_RefusedNamingToStage()
    {
        Assert.Equal(["toStage"], Refused(Propose(GateDecisionKind.Mainstream, Stage.Scale, Stage.Scale)));
    }

    // Closed initiatives

    public static TheoryData<Stage, GateDecisionKind> ClosedStagesAndDecisions()
    {
        var data = new TheoryData<Stage, GateDecisionKind>();
        foreach (var stage in new[] { Stage.Stopped, Stage.Repurposed, Stage.Mainstreamed })
        {
            foreach (var decision in Enum.GetValues<GateDecisionKind>())
            {
                data.Add(stage, decision);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClosedStagesAndDecisions))]
    public void Check_ClosedInitiative_RefusesEveryDecision(Stage closed, GateDecisionKind decision)
    {
        // Everything else about the proposal is in order, so the only reason to refuse is the closed stage.
        var proposal = Propose(decision, closed, skipReason: "Reason", exitPlan: CompleteExit, successors: ["successor"]);

        var outcome = GateRules.Check(proposal);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["decision"], outcome.Errors.Keys);
        Assert.Contains(Codes.ToCode(closed), outcome.Errors["decision"][0]);
    }

    [Theory]
    [InlineData(Stage.Stopped, true)]
    [InlineData(Stage.Repurposed, true)]
    [InlineData(Stage.Mainstreamed, true)]
    [InlineData(Stage.Idea, false)]
    [InlineData(Stage.Discovery, false)]
    [InlineData(Stage.Pilot, false)]
    [InlineData(Stage.Scale, false)]
    public void IsTerminal_EachStage_TrueOnlyForClosedStages(Stage stage, bool expected)
    {
        Assert.Equal(expected, GateRules.IsTerminal(stage));
    }

    // Rationale and evidence

    [Theory]
    [InlineData(GateDecisionKind.Advance, null)]
    [InlineData(GateDecisionKind.Hold, "")]
    [InlineData(GateDecisionKind.Pivot, "  ")]
    public void Check_NoRationale_RefusedNamingRationale(GateDecisionKind decision, string? rationale)
    {
        Assert.Equal(["rationale"], Refused(Propose(decision, Stage.Discovery, rationale: rationale)));
    }

    [Fact]
    public void Check_RationaleOver4000Characters_RefusedNamingRationale()
    {
        Assert.Equal(["rationale"], Refused(Propose(GateDecisionKind.Hold, Stage.Pilot, rationale: new string('x', 4001))));
        Assert.Equal(Stage.Pilot, Allowed(Propose(GateDecisionKind.Hold, Stage.Pilot, rationale: new string('x', 4000))));
    }

    [Fact]
    public void Check_StopWithoutRationaleOrExitPlan_NamesBothRules()
    {
        Assert.Equal(["exitPlan", "rationale"], Refused(Propose(GateDecisionKind.Stop, Stage.Pilot, rationale: null)));
    }

    [Fact]
    public void Check_HttpAndHttpsEvidence_Allowed()
    {
        var proposal = Propose(GateDecisionKind.Advance, Stage.Idea, evidence: ["https://example.org/report.pdf", "http://intranet.example/minutes"]);

        Assert.Equal(Stage.Discovery, Allowed(proposal));
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("www.example.org/report")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/reports/1")]
    [InlineData("file:///etc/passwd")]
    public void Check_EvidenceNotAWebAddress_RefusedNamingTheLink(string link)
    {
        // The second link is the bad one, so the error names evidence[1].
        var outcome = GateRules.Check(Propose(GateDecisionKind.Advance, Stage.Idea, evidence: ["https://example.org/ok", link]));

        Assert.Equal(["evidence[1]"], outcome.Errors.Keys);
        Assert.Contains("https://", outcome.Errors["evidence[1]"][0]);
    }

    [Fact]
    public void ExitPlan_AllFourParts_IsComplete()
    {
        Assert.True(CompleteExit.IsComplete);
        Assert.False((CompleteExit with { Learning = " " }).IsComplete);
    }
}
