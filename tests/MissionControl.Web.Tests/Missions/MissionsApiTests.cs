using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Missions;

public sealed class MissionsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task ListMissions_Anonymous_ReturnsMissionsWithKeyFigureInContractShape()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var list = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var item = list.WithSlug(mission);
        item.AssertHasProperties("slug", "title", "landmark", "level", "deadline", "status", "parentSlug", "keyFigure");
        Assert.Equal($"Mission {mission}", item.Text("title"));
        Assert.Equal("Half the emissions of 2010 by 2030", item.Text("landmark"));
        Assert.Equal("national", item.Text("level"));
        Assert.Equal("2030-12-31", item.Text("deadline"));
        Assert.Equal("active", item.Text("status"));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("parentSlug").ValueKind);

        var key = item.GetProperty("keyFigure");
        key.AssertHasProperties("slug", "name", "unit", "direction", "baseline", "target", "latest", "assessment");
        Assert.Equal(indicator, key.Text("slug"));
        Assert.Equal("Greenhouse gas emissions", key.Text("name"));
        Assert.Equal("Mt CO2e", key.Text("unit"));
        Assert.Equal("decrease", key.Text("direction"));
        Assert.Equal("2010", key.GetProperty("baseline").Text("period"));
        Assert.Equal(100, key.GetProperty("baseline").GetProperty("value").GetDouble());
        Assert.Equal("2030", key.GetProperty("target").Text("period"));
        Assert.Equal(50, key.GetProperty("target").GetProperty("value").GetDouble());
        Assert.Equal("2020", key.GetProperty("latest").Text("period"));
        Assert.Equal(80, key.GetProperty("latest").GetProperty("value").GetDouble());

        var assessment = key.GetProperty("assessment");
        assessment.AssertHasProperties("status", "method", "ratio", "observedGrowth", "requiredGrowth");
        // (80/100)^(1/10) − 1 = −0.02207 against (50/100)^(1/20) − 1 = −0.03406: ratio 0.02207 / 0.03406 = 0.6478 → moderate.
        Assert.Equal("moderate", assessment.Text("status"));
        Assert.Equal("cagr-ratio", assessment.Text("method"));
        Assert.Equal(0.6478, assessment.GetProperty("ratio").GetDouble(), 4);
        Assert.Equal(-0.02207, assessment.GetProperty("observedGrowth").GetDouble(), 5);
        Assert.Equal(-0.03406, assessment.GetProperty("requiredGrowth").GetDouble(), 5);
    }

    [Fact]
    public async Task ListMissions_KeyFigureWithoutObservations_LatestNullAndNotAssessable()
    {
        var (mission, _) = await _admin.CreateMissionWithKeyFigureAsync();

        var list = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);

        var key = list.WithSlug(mission).GetProperty("keyFigure");
        Assert.Equal(JsonValueKind.Null, key.GetProperty("latest").ValueKind);
        Assert.Equal("not-assessable", key.GetProperty("assessment").Text("status"));
        Assert.Equal(JsonValueKind.Null, key.GetProperty("assessment").GetProperty("ratio").ValueKind);
    }

    [Fact]
    public async Task ListMissions_MissionWithoutKeyFigure_KeyFigureIsNull()
    {
        var mission = NewSlug("bare");
        await _admin.CreateMissionAsync(Mission(mission));

        var list = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, list.WithSlug(mission).GetProperty("keyFigure").ValueKind);
    }

    [Fact]
    public async Task ListMissions_AfterObservationRecorded_ShowsRecomputedStatus()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        async Task<string> StatusAsync()
        {
            var list = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);
            return list.WithSlug(mission).GetProperty("keyFigure").GetProperty("assessment").Text("status");
        }

        Assert.Equal("not-assessable", await StatusAsync());

        // 2020 = 80: observed −2.207% a year against the −3.406% required, ratio 0.648 → moderate.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("moderate", await StatusAsync());

        // 2022 = 110: above the baseline of 100 although the figure should fall → moving away.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2022", 110) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("moving-away", await StatusAsync());

        // 2024 = 45: at or below the target of 50 → achieved.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2024", 45) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("achieved", await StatusAsync());
    }

    [Fact]
    public async Task CreateMission_RequiredFieldsOnly_Returns201AsDraftWithLocation()
    {
        var slug = NewSlug("minimal");
        var body = new { slug, title = "Fewer people homeless", landmark = "No one sleeps rough by 2030", level = "municipal", deadline = "2030-06-30" };

        var response = await _admin.PostMissionAsync(body);

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/missions/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(slug, created.Text("slug"));
        Assert.Equal("Fewer people homeless", created.Text("title"));
        Assert.Equal("municipal", created.Text("level"));
        Assert.Equal("2030-06-30", created.Text("deadline"));
        Assert.Equal("draft", created.Text("status"));
    }

    [Fact]
    public async Task CreateMission_EveryField_GetReturnsEveryField()
    {
        var parent = NewSlug("parent");
        var organisation = NewSlug("ministry");
        await _admin.CreateMissionAsync(Mission(parent, title: "A supranational parent"));
        await factory.CreateOrganisationAsync(organisation, "Ministry of Climate");
        var slug = NewSlug("full");
        var body = new
        {
            slug,
            title = "Climate neutral by 2045",
            landmark = "70% less greenhouse gas by 2030 than in 1990",
            problemStatement = "Emissions fall too slowly.",
            level = "regional",
            parentSlug = parent,
            policyAreas = new[] { "Climate", "Energy" },
            deadline = "2045-12-31",
            status = "active",
            ownerName = "Jane Doe",
            ownerTitle = "Minister for Climate",
            leadOrganisationSlug = organisation,
        };

        await (await _admin.PostMissionAsync(body)).ExpectAsync(HttpStatusCode.Created);
        var mission = await (await _anonymous.GetAsync($"/api/v1/missions/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);

        mission.AssertHasProperties("slug", "title", "landmark", "problemStatement", "level", "parentSlug", "policyAreas", "deadline",
            "status", "ownerName", "ownerTitle", "leadOrganisationSlug");
        Assert.Equal("Climate neutral by 2045", mission.Text("title"));
        Assert.Equal("70% less greenhouse gas by 2030 than in 1990", mission.Text("landmark"));
        Assert.Equal("Emissions fall too slowly.", mission.Text("problemStatement"));
        Assert.Equal("regional", mission.Text("level"));
        Assert.Equal(parent, mission.Text("parentSlug"));
        Assert.Equal(["Climate", "Energy"], mission.GetProperty("policyAreas").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal("2045-12-31", mission.Text("deadline"));
        Assert.Equal("active", mission.Text("status"));
        Assert.Equal("Jane Doe", mission.Text("ownerName"));
        Assert.Equal("Minister for Climate", mission.Text("ownerTitle"));
        Assert.Equal(organisation, mission.Text("leadOrganisationSlug"));
    }

    [Fact]
    public async Task CreateMission_EmptyBody_Returns400NamingEachRequiredField()
    {
        var response = await _admin.PostMissionAsync(new { });

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(["deadline", "landmark", "level", "slug", "title"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateMission_BadSlugDeadlineAndLevel_Returns400WithFieldErrors()
    {
        var body = new { slug = "Not A Slug!", title = "Title", landmark = "Landmark", level = "galactic", deadline = "31/12/2030" };

        var problem = await (await _admin.PostMissionAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["deadline", "level", "slug"], problem.ErrorKeys());
        Assert.Contains("2030-12-31", problem.GetProperty("errors").GetProperty("deadline")[0].GetString());
    }

    [Fact]
    public async Task CreateMission_MalformedJson_Returns400Problem()
    {
        using var content = new StringContent("{\"slug\": \"broken\", \"title\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await _admin.PostAsync("/api/v1/missions", content, Ct);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CreateMission_UnknownParent_Returns400OnParentSlug()
    {
        var body = Mission(NewSlug("orphan"));
        body["parentSlug"] = NewSlug("nobody");

        var problem = await (await _admin.PostMissionAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["parentSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateMission_SlugTaken_Returns400OnSlug()
    {
        var slug = NewSlug("taken");
        await _admin.CreateMissionAsync(Mission(slug));

        var problem = await (await _admin.PostMissionAsync(Mission(slug, title: "Another"))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["slug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateMission_WithoutToken_Returns401WithoutRedirect()
    {
        var slug = NewSlug("anonymous");

        var response = await _anonymous.PostMissionAsync(Mission(slug));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        await (await _admin.GetAsync($"/api/v1/missions/{slug}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateMission_UnknownToken_Returns401WithoutRedirect()
    {
        using var stranger = factory.CreateApiClient("mc_this-token-was-never-issued-to-anyone");

        var response = await stranger.PostMissionAsync(Mission(NewSlug("stranger")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task CreateMission_AsContributor_Returns403AndCreatesNothing()
    {
        var organisation = NewSlug("agency");
        await factory.CreateOrganisationAsync(organisation);
        var contributor = await factory.CreateContributorAsync(organisation);
        using var client = factory.CreateApiClient(contributor.Token);
        var slug = NewSlug("forbidden");

        var response = await client.PostMissionAsync(Mission(slug));

        var problem = await response.ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Null(response.Headers.Location);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        await (await _admin.GetAsync($"/api/v1/missions/{slug}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetMission_Existing_ReturnsMissionWithETag()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var response = await _anonymous.GetAsync($"/api/v1/missions/{mission}", Ct);

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(mission, body.Text("slug"));
        Assert.Equal(indicator, body.GetProperty("keyFigure").Text("slug"));
    }

    [Fact]
    public async Task GetMission_UnknownSlug_Returns404Problem()
    {
        var response = await _anonymous.GetAsync($"/api/v1/missions/{NewSlug("missing")}", Ct);

        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetMission_Draft_HiddenFromAnonymousButShownToTokenHolder()
    {
        var (draft, indicator) = await _admin.CreateMissionWithKeyFigureAsync(status: null);

        await (await _anonymous.GetAsync($"/api/v1/missions/{draft}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        var publicList = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(publicList.EnumerateArray(), m => m.Text("slug") == draft);

        var seen = await (await _admin.GetAsync($"/api/v1/missions/{draft}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("draft", seen.Text("status"));
        var privateList = await (await _admin.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("draft", privateList.WithSlug(draft).Text("status"));
    }

    [Fact]
    public async Task UpdateMission_WithCurrentIfMatch_Returns200AndReplacesFields()
    {
        var slug = NewSlug("update");
        await _admin.CreateMissionAsync(Mission(slug));
        var before = await _admin.GetAsync($"/api/v1/missions/{slug}", Ct);
        var body = Mission(slug, title: "A sharper title");
        body["deadline"] = "2035-01-01";

        var response = await SendPutAsync(slug, body, before.Headers.ETag);

        var updated = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("A sharper title", updated.Text("title"));
        Assert.Equal("2035-01-01", updated.Text("deadline"));
        var after = await _admin.GetAsync($"/api/v1/missions/{slug}", Ct);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("A sharper title", (await after.JsonAsync()).Text("title"));
    }

    [Fact]
    public async Task UpdateMission_StaleIfMatch_Returns412AndKeepsTheOtherChange()
    {
        var slug = NewSlug("stale");
        await _admin.CreateMissionAsync(Mission(slug));
        var opened = (await _admin.GetAsync($"/api/v1/missions/{slug}", Ct)).Headers.ETag;
        await (await SendPutAsync(slug, Mission(slug, title: "Saved first"), opened)).ExpectAsync(HttpStatusCode.OK);

        var response = await SendPutAsync(slug, Mission(slug, title: "Saved second"), opened);

        var problem = await response.ExpectAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(412, problem.GetProperty("status").GetInt32());
        var current = await (await _admin.GetAsync($"/api/v1/missions/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Saved first", current.Text("title"));
    }

    [Fact]
    public async Task UpdateMission_InvalidBody_Returns400WithFieldErrors()
    {
        var slug = NewSlug("invalid");
        await _admin.CreateMissionAsync(Mission(slug));
        var body = Mission(slug);
        body["title"] = "";
        body["deadline"] = "soon";

        var problem = await (await SendPutAsync(slug, body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["deadline", "title"], problem.ErrorKeys());
    }

    [Fact]
    public async Task UpdateMission_UnknownSlug_Returns404()
    {
        var slug = NewSlug("ghost");

        await (await SendPutAsync(slug, Mission(slug))).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UpdateMission_WithoutToken_Returns401AndKeepsMission()
    {
        var slug = NewSlug("guarded");
        await _admin.CreateMissionAsync(Mission(slug));

        var response = await _anonymous.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "Vandalised"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var current = await (await _admin.GetAsync($"/api/v1/missions/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal($"Mission {slug}", current.Text("title"));
    }

    private Task<HttpResponseMessage> SendPutAsync(string slug, object body, EntityTagHeaderValue? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/missions/{slug}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return _admin.SendAsync(request, Ct);
    }
}
