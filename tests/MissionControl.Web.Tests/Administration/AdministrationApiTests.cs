using System.Net;
using System.Net.Http.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Administration;

/// <summary>People and API tokens through the API: administrators only, with a bearer token.</summary>
public sealed class AdministrationApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();

    [Fact]
    public async Task IssueToken_ForNewMissionOwner_SecretActsAsThatOwner()
    {
        var mission = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(mission));
        var email = $"{NewSlug("owner")}@tests.missioncontrol.local";
        var user = await (await _admin.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Olivia Owner", password = MissionControlFactory.Password, role = "mission-owner", missionSlugs = new[] { mission } }, Ct))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(email, user.Text("email"));
        Assert.Equal([mission], user.GetProperty("missionSlugs").EnumerateArray().Select(s => s.GetString()!));

        var issued = await (await _admin.PostAsJsonAsync("/api/v1/tokens", new { name = "Statistics upload", userId = user.Text("id") }, Ct))
            .ExpectAsync(HttpStatusCode.Created);
        var secret = issued.Text("secret");
        Assert.StartsWith("mc_", secret);

        using var owner = factory.CreateApiClient(secret);
        var updated = await (await owner.PutAsJsonAsync($"/api/v1/missions/{mission}", Mission(mission, title: "Owner's title"), Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Owner's title", updated.Text("title"));
        await (await owner.PostMissionAsync(Mission(NewSlug("not-allowed")))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ListTokens_AfterIssue_ShowsHintButNeverTheSecret()
    {
        var owner = await NewOwnerAsync();
        var issued = await (await _admin.PostAsJsonAsync("/api/v1/tokens", new { name = "Listed", userId = owner.Id }, Ct)).ExpectAsync(HttpStatusCode.Created);

        var list = await (await _admin.GetAsync("/api/v1/tokens", Ct)).ExpectAsync(HttpStatusCode.OK);

        var listed = Assert.Single(list.EnumerateArray(), t => t.GetProperty("id").GetInt32() == issued.GetProperty("id").GetInt32());
        Assert.Equal("Listed", listed.Text("name"));
        Assert.StartsWith(listed.Text("hint").TrimEnd('…'), issued.Text("secret"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("secret").ValueKind);
    }

    [Fact]
    public async Task RevokeToken_ThenUseIt_Returns401()
    {
        var owner = await NewOwnerAsync();
        var issued = await (await _admin.PostAsJsonAsync("/api/v1/tokens", new { name = "Short-lived", userId = owner.Id }, Ct)).ExpectAsync(HttpStatusCode.Created);
        using var client = factory.CreateApiClient(issued.Text("secret"));
        await (await client.PostObservationsAsync(NewSlug("missing"), new[] { Observation("2020", 1) })).ExpectAsync(HttpStatusCode.NotFound);

        var revoked = await _admin.DeleteAsync($"/api/v1/tokens/{issued.GetProperty("id").GetInt32()}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var refused = await client.PostObservationsAsync(NewSlug("missing"), new[] { Observation("2020", 1) });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task RevokeToken_Unknown_Returns404()
    {
        await (await _admin.DeleteAsync("/api/v1/tokens/987654321", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IssueToken_WithoutNameOrUser_Returns400NamingBoth()
    {
        var problem = await (await _admin.PostAsJsonAsync("/api/v1/tokens", new { name = "", userId = "nobody" }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name", "userId"], problem.ErrorKeys());
    }

    [Fact]
    public async Task TokensApi_AsMissionOwner_Returns403()
    {
        var owner = await NewOwnerAsync();
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "Escalation", userId = owner.Id }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task TokensApi_WithoutToken_Returns401WithoutRedirect()
    {
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/api/v1/tokens", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task CreateUser_ContributorWithoutOrganisation_Returns400OnOrganisationSlug()
    {
        var body = new { email = $"{NewSlug("c")}@tests.missioncontrol.local", password = MissionControlFactory.Password, role = "contributor" };

        var problem = await (await _admin.PostAsJsonAsync("/api/v1/users", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["organisationSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateUser_EmailTaken_Returns400OnEmail()
    {
        var owner = await NewOwnerAsync();
        var body = new { email = owner.Email, password = MissionControlFactory.Password, role = "administrator" };

        var problem = await (await _admin.PostAsJsonAsync("/api/v1/users", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("email", problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateUser_ShortPassword_Returns400OnPasswordAndCreatesNobody()
    {
        var email = $"{NewSlug("weak")}@tests.missioncontrol.local";
        var body = new { email, password = "short1A", role = "administrator" };

        var problem = await (await _admin.PostAsJsonAsync("/api/v1/users", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("password", problem.ErrorKeys());
        var users = await (await _admin.GetAsync("/api/v1/users", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(users.EnumerateArray(), u => u.Text("email") == email);
    }

    private async Task<TestUser> NewOwnerAsync()
    {
        var mission = NewSlug("owned");
        await _admin.CreateMissionAsync(Mission(mission));
        return await factory.CreateMissionOwnerAsync(mission);
    }
}
