using System.Globalization;
using System.Net;
using System.Text.Json;
using MissionControl.Core.Portfolio;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>
/// <c>POST /api/v1/initiatives/{slug}/gate-decisions</c>: the only way a stage changes. A broken stage-gate rule
/// answers 422 with problem details naming the rule in <c>errors</c>; the decision belongs to the mission's owners
/// and administrators.
/// </summary>
public sealed class GateDecisionsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<(string Mission, string Organisation, string Initiative)> CreateAsync(string stage = "idea")
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("gated");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, stage: stage).With("ownerOrganisationSlug", organisation));
        return (mission, organisation, slug);
    }

    private async Task<string> StageAsync(string slug) => (await _anonymous.GetInitiativeAsync(slug)).Text("stage");

    /// <summary>Asserts a 422 problem whose errors name exactly these fields; returns the problem.</summary>
    private static async Task<JsonElement> ExpectRuleBrokenAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ExpectAsync(Unprocessable);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal(fields.Order(StringComparer.Ordinal), problem.ErrorKeys());
        return problem;
    }

    [Fact]
    public async Task DecideGate_AdvanceWithoutToStage_Returns201AndMovesToNextStage()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var response = await _admin.PostDecisionAsync(slug, Decision("advance", rationale: "The problem is worth solving."));

        var decision = await response.ExpectAsync(HttpStatusCode.Created);
        decision.AssertHasProperties("id", "initiativeSlug", "decision", "fromStage", "toStage", "rationale", "evidence", "decidedBy", "decidedAt");
        Assert.Equal(slug, decision.Text("initiativeSlug"));
        Assert.Equal("advance", decision.Text("decision"));
        Assert.Equal("idea", decision.Text("fromStage"));
        Assert.Equal("discovery", decision.Text("toStage"));
        Assert.Equal("The problem is worth solving.", decision.Text("rationale"));
        Assert.Equal(["https://example.org/gate-review.pdf"], decision.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(MissionControlFactory.AdminEmail, decision.Text("decidedBy"));

        var initiative = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("discovery", initiative.Text("stage"));
        var recorded = Assert.Single(initiative.GetProperty("gateDecisions").EnumerateArray());
        Assert.Equal("advance", recorded.Text("decision"));
        Assert.Equal("The problem is worth solving.", recorded.Text("rationale"));
    }

    [Fact]
    public async Task DecideGate_StopWithoutExitPlan_Returns422NamingExitPlanAndKeepsStage()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        var problem = await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("stop")), "exitPlan");

        Assert.Contains("exit plan", problem.GetProperty("errors").GetProperty("exitPlan")[0].GetString());
        Assert.Contains("exit plan", problem.Text("detail"));
        Assert.Equal("pilot", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_StopWithIncompleteExitPlan_Returns422NamingExitPlan()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        var body = Decision("stop").With("exitPlan", ExitPlan().With("learning", ""));
        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, body), "exitPlan");

        Assert.Equal("pilot", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_StopWithExitPlan_Returns201StoppedAndClosed()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        var decision = await (await _admin.PostDecisionAsync(slug, Decision("stop").With("exitPlan", ExitPlan()))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("stopped", decision.Text("toStage"));
        Assert.Equal("The booking platform", decision.GetProperty("exitPlan").Text("kept"));
        Assert.Equal("stopped", await StageAsync(slug));
        // A closed initiative takes no more decisions.
        var problem = await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("advance")), "decision");
        Assert.Contains("stopped", problem.GetProperty("errors").GetProperty("decision")[0].GetString());
    }

    [Fact]
    public async Task DecideGate_IdeaToPilotWithoutSkipReason_Returns422NamingSkipReason()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var problem = await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("advance", "pilot")), "skipReason");

        Assert.Contains("discovery", problem.GetProperty("errors").GetProperty("skipReason")[0].GetString());
        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_IdeaToPilotWithSkipReason_Returns201InPilot()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var body = Decision("advance", "pilot").With("skipReason", "The discovery was done by the ministry last year.");
        var decision = await (await _admin.PostDecisionAsync(slug, body)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("The discovery was done by the ministry last year.", decision.Text("skipReason"));
        Assert.Equal("pilot", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_AdvanceToMainstreamed_Returns422NamingToStage()
    {
        var (_, _, slug) = await CreateAsync("scale");

        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("advance", "mainstreamed")), "toStage");

        Assert.Equal("scale", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_MainstreamFromScale_Returns201Mainstreamed()
    {
        var (_, _, slug) = await CreateAsync("scale");

        await _admin.DecideAsync(slug, Decision("mainstream"));

        Assert.Equal("mainstreamed", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_HoldWithAnotherToStage_Returns422NamingToStage()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("hold", "scale")), "toStage");
        await _admin.DecideAsync(slug, Decision("hold"));

        Assert.Equal("pilot", await StageAsync(slug));
        Assert.Equal("hold", (await _anonymous.GetInitiativeAsync(slug)).GetProperty("gateDecisions")[0].Text("decision"));
    }

    [Fact]
    public async Task DecideGate_PivotForward_Returns422AndPivotBack_Returns201()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("pivot", "scale")), "toStage");
        await _admin.DecideAsync(slug, Decision("pivot", "discovery"));

        Assert.Equal("discovery", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_RepurposeWithoutSuccessors_Returns422NamingSuccessorSlugs()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("repurpose").With("exitPlan", ExitPlan())), "successorSlugs");

        Assert.Equal("pilot", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_RepurposeToUnknownSuccessor_Returns422NamingSuccessorSlugs()
    {
        var (_, _, slug) = await CreateAsync("pilot");

        var body = Decision("repurpose").With("exitPlan", ExitPlan()).With("successorSlugs", new[] { NewSlug("nowhere") });
        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, body), "successorSlugs");
    }

    [Fact]
    public async Task DecideGate_RepurposeToStoppedSuccessor_Returns422NamingSuccessorSlugs()
    {
        var (mission, _, slug) = await CreateAsync("pilot");
        var successor = NewSlug("stopped");
        await _admin.CreateInitiativeAsync(Initiative(mission, successor));
        await _admin.DecideAsync(successor, Decision("stop").With("exitPlan", ExitPlan()));

        var body = Decision("repurpose").With("exitPlan", ExitPlan()).With("successorSlugs", new[] { successor });
        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, body), "successorSlugs");

        Assert.Equal("pilot", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_RepurposeWithExitPlanAndSuccessor_Returns201LinkingTheSuccessor()
    {
        var (mission, _, slug) = await CreateAsync("pilot");
        var successor = NewSlug("successor");
        await _admin.CreateInitiativeAsync(Initiative(mission, successor));

        var body = Decision("repurpose").With("exitPlan", ExitPlan()).With("successorSlugs", new[] { successor });
        var decision = await (await _admin.PostDecisionAsync(slug, body)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("repurposed", decision.Text("toStage"));
        Assert.Equal([successor], decision.GetProperty("successorSlugs").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal("repurposed", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_NoRationaleAndBadEvidence_Returns422NamingBoth()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var body = Decision("advance", rationale: " ").With("evidence", new[] { "ftp://example.org/report" });
        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, body), "evidence[0]", "rationale");

        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_UnknownDecision_Returns422NamingDecision()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var problem = await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("celebrate")), "decision");

        Assert.Contains("repurpose", problem.GetProperty("errors").GetProperty("decision")[0].GetString());
    }

    [Fact]
    public async Task DecideGate_UnknownInitiative_Returns404()
    {
        var response = await _admin.PostDecisionAsync(NewSlug("missing"), Decision("advance"));

        await response.ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DecideGate_AsMissionOwner_Returns201()
    {
        var (mission, _, slug) = await CreateAsync("idea");
        var owner = await factory.CreateMissionOwnerAsync(mission);
        using var client = factory.CreateApiClient(owner.Token);

        var decision = await (await client.PostDecisionAsync(slug, Decision("advance"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(owner.Email, decision.Text("decidedBy"));
        Assert.Equal("discovery", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_AsContributorOfOwnerOrganisation_Returns403()
    {
        var (_, organisation, slug) = await CreateAsync("idea");
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        var problem = await (await client.PostDecisionAsync(slug, Decision("advance"))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Contains("mission's owners", problem.Text("detail"));
        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_AsTheInitiativesLead_Returns403()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var lead = await factory.CreateContributorAsync(organisation);
        var slug = NewSlug("led");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug).With("leadEmail", lead.Email));
        using var client = factory.CreateApiClient(lead.Token);

        await (await client.PostDecisionAsync(slug, Decision("advance"))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_AsOwnerOfAnotherMission_Returns403()
    {
        var (_, _, slug) = await CreateAsync("idea");
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        using var client = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await client.PostDecisionAsync(slug, Decision("advance"))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_Anonymous_Returns401()
    {
        var (_, _, slug) = await CreateAsync("idea");

        var response = await _anonymous.PostDecisionAsync(slug, Decision("advance"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("idea", await StageAsync(slug));
    }

    [Fact]
    public async Task DecideGate_Recorded_WritesAuditEntriesForDecisionAndInitiative()
    {
        var (_, _, slug) = await CreateAsync("pilot");
        var initiativeId = (await factory.InitiativeIdAsync(slug)).ToString(CultureInfo.InvariantCulture);

        var decision = await (await _admin.PostDecisionAsync(slug, Decision("advance", rationale: "Audited."))).ExpectAsync(HttpStatusCode.Created);

        var decisionId = decision.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);
        var created = Assert.Single(await HistoryAsync("GateDecision", decisionId));
        Assert.Equal("created", created.Text("action"));
        Assert.Equal(MissionControlFactory.AdminEmail, created.Text("userName"));
        var after = Json(created, "after");
        Assert.Equal("Audited.", after.GetProperty("Rationale").GetString());
        Assert.Equal(initiativeId, after.GetProperty("InitiativeId").GetInt32().ToString(CultureInfo.InvariantCulture));

        var history = await HistoryAsync("Initiative", initiativeId);
        Assert.Equal(["updated", "created"], history.Select(e => e.Text("action")));
        Assert.Equal((int)Stage.Pilot, Json(history[0], "before").GetProperty("Stage").GetInt32());
        Assert.Equal((int)Stage.Scale, Json(history[0], "after").GetProperty("Stage").GetInt32());
    }

    [Fact]
    public async Task DecideGate_Refused_WritesNoAuditEntry()
    {
        var (_, _, slug) = await CreateAsync("pilot");
        var initiativeId = (await factory.InitiativeIdAsync(slug)).ToString(CultureInfo.InvariantCulture);

        await ExpectRuleBrokenAsync(await _admin.PostDecisionAsync(slug, Decision("stop")), "exitPlan");

        Assert.Equal(["created"], (await HistoryAsync("Initiative", initiativeId)).Select(e => e.Text("action")));
    }

    private async Task<List<JsonElement>> HistoryAsync(string type, string id)
    {
        var history = await (await _admin.GetAsync($"/api/v1/audit?entityType={type}&entityId={id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        return [.. history.EnumerateArray()];
    }

    private static JsonElement Json(JsonElement entry, string property)
    {
        using var document = JsonDocument.Parse(entry.Text(property));
        return document.RootElement.Clone();
    }
}
