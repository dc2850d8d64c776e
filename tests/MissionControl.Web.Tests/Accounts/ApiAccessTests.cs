using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Accounts;

/// <summary>Who may write through the API: bearer tokens only, checked against the caller's role and the resource.</summary>
public sealed class ApiAccessTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();

    [Fact]
    public async Task UpdateMission_AsItsOwner_Returns200()
    {
        var slug = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        var updated = await (await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "Owner's wording"), Ct))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Owner's wording", updated.Text("title"));
    }

    [Fact]
    public async Task UpdateMission_AsOwnerOfAnotherMission_Returns403AndKeepsMission()
    {
        var mine = NewSlug("mine");
        var theirs = NewSlug("theirs");
        await _admin.CreateMissionAsync(Mission(mine));
        await _admin.CreateMissionAsync(Mission(theirs));
        var owner = await factory.CreateMissionOwnerAsync(mine);
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.PutAsJsonAsync($"/api/v1/missions/{theirs}", Mission(theirs, title: "Taken over"), Ct);

        await response.ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Null(response.Headers.Location);
        var current = await (await _admin.GetAsync($"/api/v1/missions/{theirs}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal($"Mission {theirs}", current.Text("title"));
    }

    [Fact]
    public async Task CreateMission_AsMissionOwner_Returns403()
    {
        var slug = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        await (await client.PostMissionAsync(Mission(NewSlug("new")))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateIndicator_AsOwnerOfTheMission_Returns201ButNotForAnotherMission()
    {
        var mine = NewSlug("mine");
        var theirs = NewSlug("theirs");
        await _admin.CreateMissionAsync(Mission(mine));
        await _admin.CreateMissionAsync(Mission(theirs));
        var owner = await factory.CreateMissionOwnerAsync(mine);
        using var client = factory.CreateApiClient(owner.Token);

        await (await client.PostIndicatorAsync(KeyFigure(mine, NewSlug("mine-key")))).ExpectAsync(HttpStatusCode.Created);
        await (await client.PostIndicatorAsync(KeyFigure(theirs, NewSlug("theirs-key")))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RecordObservations_AsContributorOfTheSourceOrganisation_Returns200()
    {
        var (organisation, indicator) = await CreateIndicatorSourcedByAsync();
        var contributor = await factory.CreateContributorAsync(organisation);
        using var client = factory.CreateApiClient(contributor.Token);

        var result = await (await client.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task RecordObservations_AsContributorOfAnotherOrganisation_Returns403AndSavesNothing()
    {
        var (_, indicator) = await CreateIndicatorSourcedByAsync();
        var other = NewSlug("other-agency");
        await factory.CreateOrganisationAsync(other);
        var contributor = await factory.CreateContributorAsync(other);
        using var client = factory.CreateApiClient(contributor.Token);

        await (await client.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.Forbidden);

        var list = await (await _admin.GetAsync($"/api/v1/indicators/{indicator}/observations", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task ApiWrite_RevokedToken_Returns401()
    {
        var slug = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);
        await (await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug), Ct)).ExpectAsync(HttpStatusCode.OK);
        await factory.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == owner.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow), Ct));

        var response = await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "After revocation"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ApiWrite_LockedOutUser_Returns401()
    {
        var slug = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == owner.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)), Ct));
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "While locked out"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiWrite_NonBearerAuthorization_Returns401WithoutRedirect()
    {
        using var client = factory.CreateAnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/missions") { Content = JsonContent.Create(Mission(NewSlug("basic"))) };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("admin:password"u8.ToArray()));

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task LoginPage_Anonymous_Returns200WithForm()
    {
        using var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Sign in", html);
        Assert.Contains("name=\"Input.Password\"", html);
    }

    private async Task<(string Organisation, string Indicator)> CreateIndicatorSourcedByAsync()
    {
        var organisation = NewSlug("statistics");
        await factory.CreateOrganisationAsync(organisation, "Statistics Office");
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var indicator = NewSlug("sourced");
        var body = KeyFigure(mission, indicator);
        body["sourceOrganisationSlug"] = organisation;
        await (await _admin.PostIndicatorAsync(body)).ExpectAsync(HttpStatusCode.Created);
        return (organisation, indicator);
    }
}
