using System.Net;
using System.Net.Http.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>
/// The lean experiment log, <c>POST /api/v1/initiatives/{slug}/experiments</c> and <c>PUT .../experiments/{id}</c>:
/// problem → hypotheses (untested, supported, refuted, inconclusive) → concept → test → result → recommendation.
/// </summary>
public sealed class ExperimentsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private static Dictionary<string, object?> Experiment(string status = "untested", string? result = null) => new()
    {
        ["problem"] = "Few households apply for the heat-pump grant.",
        ["hypotheses"] = new[]
        {
            new { statement = "A pre-filled form doubles applications.", status },
            new { statement = "Households trust their municipality more than the agency.", status = "untested" },
        },
        ["concept"] = "Pre-filled application sent by the municipality",
        ["testMethod"] = "A/B test in two municipalities",
        ["successCriterion"] = "Applications at least double",
        ["result"] = result,
        ["recommendation"] = null,
    };

    private async Task<(string Organisation, string Initiative)> CreateAsync()
    {
        var (mission, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("experimenting");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, stage: "discovery").With("ownerOrganisationSlug", organisation));
        return (organisation, slug);
    }

    [Fact]
    public async Task RecordExperiment_ThenUpdateWithResult_HypothesisStatusChanges()
    {
        var (_, slug) = await CreateAsync();

        var response = await _admin.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment(), Ct);
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/initiatives/{slug}/experiments/{id}", response.Headers.Location?.OriginalString);

        var before = Assert.Single((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
        Assert.Equal(["untested", "untested"], before.GetProperty("hypotheses").EnumerateArray().Select(h => h.Text("status")));

        await (await _admin.PutAsJsonAsync($"/api/v1/initiatives/{slug}/experiments/{id}", Experiment("supported", "Applications rose 2.4 times."), Ct))
            .ExpectAsync(HttpStatusCode.OK);

        var experiment = Assert.Single((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
        experiment.AssertHasProperties("id", "problem", "hypotheses", "concept", "testMethod", "successCriterion", "result", "recommendation");
        Assert.Equal(id, experiment.GetProperty("id").GetInt32());
        Assert.Equal("Few households apply for the heat-pump grant.", experiment.Text("problem"));
        Assert.Equal("A/B test in two municipalities", experiment.Text("testMethod"));
        Assert.Equal("Applications at least double", experiment.Text("successCriterion"));
        Assert.Equal("Applications rose 2.4 times.", experiment.Text("result"));
        var hypotheses = experiment.GetProperty("hypotheses").EnumerateArray().ToList();
        Assert.Equal("A pre-filled form doubles applications.", hypotheses[0].Text("statement"));
        Assert.Equal(["supported", "untested"], hypotheses.Select(h => h.Text("status")));
    }

    [Fact]
    public async Task RecordExperiment_UnknownHypothesisStatus_Returns400NamingIt()
    {
        var (_, slug) = await CreateAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment("proven"), Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["hypotheses[0].status"], problem.ErrorKeys());
        Assert.Contains("inconclusive", problem.GetProperty("errors").GetProperty("hypotheses[0].status")[0].GetString());
        Assert.Empty((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
    }

    [Fact]
    public async Task UpdateExperiment_UnknownHypothesisStatus_Returns400AndKeepsTheOld()
    {
        var (_, slug) = await CreateAsync();
        var id = (await (await _admin.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment(), Ct)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var problem = await (await _admin.PutAsJsonAsync($"/api/v1/initiatives/{slug}/experiments/{id}", Experiment("confirmed"), Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["hypotheses[0].status"], problem.ErrorKeys());
        var experiment = Assert.Single((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
        Assert.Equal("untested", experiment.GetProperty("hypotheses")[0].Text("status"));
    }

    [Fact]
    public async Task RecordExperiment_NoProblem_Returns400NamingProblem()
    {
        var (_, slug) = await CreateAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment().With("problem", " "), Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["problem"], problem.ErrorKeys());
    }

    [Fact]
    public async Task UpdateExperiment_UnknownId_Returns404()
    {
        var (_, slug) = await CreateAsync();

        await (await _admin.PutAsJsonAsync($"/api/v1/initiatives/{slug}/experiments/999999", Experiment(), Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RecordExperiment_AsContributorOfOwnerOrganisation_Returns201()
    {
        var (organisation, slug) = await CreateAsync();
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        await (await client.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment(), Ct)).ExpectAsync(HttpStatusCode.Created);

        Assert.Single((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
    }

    [Fact]
    public async Task RecordExperiment_AsContributorOfAnotherOrganisationOrAnonymous_Refused()
    {
        var (_, slug) = await CreateAsync();
        var elsewhere = NewSlug("elsewhere");
        await factory.CreateOrganisationAsync(elsewhere);
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(elsewhere)).Token);

        await (await client.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment(), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        var anonymous = await _anonymous.PostAsJsonAsync($"/api/v1/initiatives/{slug}/experiments", Experiment(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty((await _anonymous.GetInitiativeAsync(slug)).GetProperty("experiments").EnumerateArray());
    }
}
