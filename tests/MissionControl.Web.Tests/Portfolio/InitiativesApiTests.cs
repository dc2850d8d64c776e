using System.Net;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary><c>POST /api/v1/initiatives</c>, <c>GET|PUT /api/v1/initiatives/{slug}</c>: the contract, the stage rule and who may write.</summary>
public sealed class InitiativesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task CreateInitiative_RequiredFieldsOnly_Returns201InIdeaStage()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("minimal");

        var response = await _admin.PostInitiativeAsync(new { slug, missionSlug = mission, title = "Warm homes", innovationType = "mission-oriented" });

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/initiatives/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(slug, created.Text("slug"));
        Assert.Equal(mission, created.Text("missionSlug"));
        Assert.Equal("Warm homes", created.Text("title"));
        Assert.Equal("mission-oriented", created.Text("innovationType"));
        Assert.Equal("idea", created.Text("stage"));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("budget").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("deliveryConfidence").ValueKind);
        Assert.False(created.GetProperty("predatesMission").GetBoolean());
        // No start date: the first review is the mission's cadence (6 months) from today.
        Assert.Equal(Iso(Today.AddMonths(6)), created.Text("nextReviewDue"));
        Assert.False(created.GetProperty("reviewOverdue").GetBoolean());
    }

    [Fact]
    public async Task CreateInitiative_EveryField_GetReturnsEveryField()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("full");
        var body = new
        {
            slug,
            missionSlug = mission,
            title = "Heat pumps for rural homes",
            summary = "Subsidised heat pumps with a one-stop advice service.",
            ownerOrganisationSlug = organisation,
            lead = "Anna Jensen",
            innovationType = "adaptive",
            stage = "pilot",
            startDate = "2026-03-01",
            endDate = "2027-12-31",
            budget = new { amount = 2500000.50m, currency = "dkk" },
            predatesMission = true,
            predatesSince = "2019-05-01",
        };

        await (await _admin.PostInitiativeAsync(body)).ExpectAsync(HttpStatusCode.Created);
        var initiative = await _anonymous.GetInitiativeAsync(slug);

        initiative.AssertHasProperties("slug", "missionSlug", "title", "summary", "ownerOrganisationSlug", "lead", "innovationType", "stage",
            "startDate", "endDate", "budget", "predatesMission", "predatesSince", "deliveryConfidence", "nextReviewDue", "reviewOverdue",
            "gateDecisions", "reviews", "experiments", "targets", "kpis");
        Assert.Equal("Heat pumps for rural homes", initiative.Text("title"));
        Assert.Equal("Subsidised heat pumps with a one-stop advice service.", initiative.Text("summary"));
        Assert.Equal(organisation, initiative.Text("ownerOrganisationSlug"));
        Assert.Equal("Anna Jensen", initiative.Text("lead"));
        Assert.Equal("adaptive", initiative.Text("innovationType"));
        Assert.Equal("pilot", initiative.Text("stage"));
        Assert.Equal("2026-03-01", initiative.Text("startDate"));
        Assert.Equal("2027-12-31", initiative.Text("endDate"));
        var budget = initiative.GetProperty("budget");
        budget.AssertHasProperties("amount", "currency");
        Assert.Equal(2500000.50m, budget.GetProperty("amount").GetDecimal());
        Assert.Equal("DKK", budget.Text("currency"));
        Assert.True(initiative.GetProperty("predatesMission").GetBoolean());
        Assert.Equal("2019-05-01", initiative.Text("predatesSince"));
        // The first review falls 6 months after the start: 2026-03-01 → 2026-09-01.
        Assert.Equal("2026-09-01", initiative.Text("nextReviewDue"));
        Assert.Empty(initiative.GetProperty("gateDecisions").EnumerateArray());
    }

    [Fact]
    public async Task CreateInitiative_EmptyBody_Returns400NamingEachRequiredField()
    {
        var response = await _admin.PostInitiativeAsync(new { });

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["innovationType", "missionSlug", "slug", "title"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateInitiative_UnknownInnovationTypeAndClosedStage_Returns400NamingBoth()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var problem = await (await _admin.PostInitiativeAsync(Initiative(mission, NewSlug("bad"), "disruptive", "stopped"))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["innovationType", "stage"], problem.ErrorKeys());
        Assert.Contains("mission-oriented", problem.GetProperty("errors").GetProperty("innovationType")[0].GetString());
    }

    [Fact]
    public async Task CreateInitiative_PredatesMissionWithoutDate_Returns400NamingPredatesSince()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var body = Initiative(mission, NewSlug("old")).With("predatesMission", true);
        var problem = await (await _admin.PostInitiativeAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["predatesSince"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateInitiative_BadBudget_Returns400NamingAmountAndCurrency()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var body = Initiative(mission, NewSlug("budget")).With("budget", Budget(-1, "kroner"));
        var problem = await (await _admin.PostInitiativeAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["budget.amount", "budget.currency"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateInitiative_SlugTaken_Returns400NamingSlug()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("taken");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug));

        var problem = await (await _admin.PostInitiativeAsync(Initiative(mission, slug))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["slug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateInitiative_Anonymous_Returns401()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("anon");

        var response = await _anonymous.PostInitiativeAsync(Initiative(mission, slug));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync($"/api/v1/initiatives/{slug}", Ct)).StatusCode);
    }

    [Fact]
    public async Task CreateInitiative_AsContributorOrOwnerOfAnotherMission_Returns403()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        using var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);
        using var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await contributor.PostInitiativeAsync(Initiative(mission, NewSlug("c")))).ExpectAsync(HttpStatusCode.Forbidden);
        await (await otherOwner.PostInitiativeAsync(Initiative(mission, NewSlug("o")))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateInitiative_AsMissionOwner_Returns201()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        var created = await owner.CreateInitiativeAsync(Initiative(mission, NewSlug("owned"), stage: "discovery"));

        Assert.Equal("discovery", created.Text("stage"));
    }

    [Fact]
    public async Task UpdateInitiative_DifferentStage_Returns400NamingStageAndKeepsIt()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("staged");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, stage: "pilot"));

        var problem = await (await _admin.PutInitiativeAsync(slug, Initiative(mission, slug, stage: "scale", title: "Changed"))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["stage"], problem.ErrorKeys());
        Assert.Contains("gate decision", problem.GetProperty("errors").GetProperty("stage")[0].GetString());
        var stored = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("pilot", stored.Text("stage"));
        Assert.Equal($"Initiative {slug}", stored.Text("title"));
    }

    [Fact]
    public async Task UpdateInitiative_SameStageOrNone_Returns200WithChanges()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("renamed");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, stage: "pilot"));

        var updated = await (await _admin.PutInitiativeAsync(slug, Initiative(mission, slug, "anticipatory", "pilot", "Renamed"))).ExpectAsync(HttpStatusCode.OK);
        await (await _admin.PutInitiativeAsync(slug, Initiative(mission, slug, "anticipatory", null, "Renamed again"))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Renamed", updated.Text("title"));
        Assert.Equal("anticipatory", updated.Text("innovationType"));
        var stored = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("Renamed again", stored.Text("title"));
        Assert.Equal("pilot", stored.Text("stage"));
    }

    [Fact]
    public async Task UpdateInitiative_AsLead_Returns200()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var elsewhere = NewSlug("elsewhere");
        await factory.CreateOrganisationAsync(elsewhere);
        var lead = await factory.CreateContributorAsync(elsewhere);
        var slug = NewSlug("led");
        var body = Initiative(mission, slug).With("ownerOrganisationSlug", organisation).With("leadEmail", lead.Email);
        await _admin.CreateInitiativeAsync(body);
        using var client = factory.CreateApiClient(lead.Token);

        await (await client.PutInitiativeAsync(slug, body.With("title", "Edited by the lead"))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Edited by the lead", (await _anonymous.GetInitiativeAsync(slug)).Text("title"));
    }

    [Fact]
    public async Task UpdateInitiative_AsContributorOfOwnerOrganisation_Returns200()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("owned");
        var body = Initiative(mission, slug).With("ownerOrganisationSlug", organisation);
        await _admin.CreateInitiativeAsync(body);
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        await (await client.PutInitiativeAsync(slug, body.With("title", "Edited by the owner"))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Edited by the owner", (await _anonymous.GetInitiativeAsync(slug)).Text("title"));
    }

    [Fact]
    public async Task UpdateInitiative_AsContributorOfAnotherOrganisation_Returns403AndKeepsIt()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var elsewhere = NewSlug("elsewhere");
        await factory.CreateOrganisationAsync(elsewhere);
        var slug = NewSlug("guarded");
        var body = Initiative(mission, slug).With("ownerOrganisationSlug", organisation);
        await _admin.CreateInitiativeAsync(body);
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(elsewhere)).Token);

        var response = await client.PutInitiativeAsync(slug, body.With("title", "Hijacked"));

        var problem = await response.ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal($"Initiative {slug}", (await _anonymous.GetInitiativeAsync(slug)).Text("title"));
    }

    [Fact]
    public async Task UpdateInitiative_Anonymous_Returns401()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("anon");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug));

        var response = await _anonymous.PutInitiativeAsync(slug, Initiative(mission, slug, title: "Anonymous"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Initiative {slug}", (await _anonymous.GetInitiativeAsync(slug)).Text("title"));
    }

    [Fact]
    public async Task UpdateInitiative_ContributorMovingItToAnotherMission_Returns403AndKeepsIt()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        var slug = NewSlug("moved");
        var body = Initiative(mission, slug).With("ownerOrganisationSlug", organisation);
        await _admin.CreateInitiativeAsync(body);
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        // Editing an initiative does not give a say over another mission's portfolio.
        await (await client.PutInitiativeAsync(slug, body.With("missionSlug", other))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal(mission, (await _anonymous.GetInitiativeAsync(slug)).Text("missionSlug"));
    }

    [Fact]
    public async Task UpdateInitiative_AdminMovingItToAnotherMission_Returns200InTheNewPortfolio()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        var slug = NewSlug("moved");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug));

        await (await _admin.PutInitiativeAsync(slug, Initiative(other, slug))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(other, (await _anonymous.GetInitiativeAsync(slug)).Text("missionSlug"));
        Assert.Equal(slug, (await _anonymous.GetPortfolioAsync(other)).GetProperty("initiatives").WithSlug(slug).Text("slug"));
    }

    [Fact]
    public async Task CreateInitiative_WithTargets_GetReturnsIndicatorsItShouldMove()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var slug = NewSlug("targeted");
        var targets = new[] { new { indicatorSlug = indicator, expectedDirection = "decrease", theoryOfChange = "Heat pumps replace oil boilers." } };

        await _admin.CreateInitiativeAsync(Initiative(mission, slug).With("targets", targets));

        var target = Assert.Single((await _anonymous.GetInitiativeAsync(slug)).GetProperty("targets").EnumerateArray());
        Assert.Equal(indicator, target.Text("indicatorSlug"));
        Assert.Equal("decrease", target.Text("expectedDirection"));
        Assert.Equal("Heat pumps replace oil boilers.", target.Text("theoryOfChange"));
    }

    [Fact]
    public async Task CreateInitiative_TargetOfAnotherMission_Returns400NamingTheTarget()
    {
        var (_, foreignIndicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var targets = new[] { new { indicatorSlug = foreignIndicator, expectedDirection = "decrease", theoryOfChange = "" } };

        var problem = await (await _admin.PostInitiativeAsync(Initiative(mission, NewSlug("t")).With("targets", targets))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["targets[0].indicatorSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task GetInitiative_ConfidentialBudget_AmountHiddenFromAnonymousShownToAdmin()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("secret");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug).With("budget", Budget(1234567, "EUR")).With("budgetConfidential", true));

        var forPublic = (await _anonymous.GetInitiativeAsync(slug)).GetProperty("budget");
        var forAdmin = (await _admin.GetInitiativeAsync(slug)).GetProperty("budget");

        Assert.Equal(JsonValueKind.Null, forPublic.GetProperty("amount").ValueKind);
        Assert.Equal("EUR", forPublic.Text("currency"));
        Assert.True(forPublic.GetProperty("confidential").GetBoolean());
        Assert.Equal(1234567m, forAdmin.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task GetInitiative_UnknownSlug_Returns404Problem()
    {
        var missing = NewSlug("missing");

        var response = await _anonymous.GetAsync($"/api/v1/initiatives/{missing}", Ct);

        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Contains(missing, problem.Text("detail"));
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
