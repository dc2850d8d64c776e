using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Indicators;

public sealed class IndicatorsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task CreateIndicator_KeyFigureWithBaselineTargetAndMilestones_Returns201WithDetail()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var slug = NewSlug("emissions");

        var response = await _admin.PostIndicatorAsync(KeyFigure(mission, slug));

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/indicators/{slug}", response.Headers.Location?.OriginalString);
        var indicator = await (await _anonymous.GetAsync($"/api/v1/indicators/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        foreach (var body in new[] { created, indicator })
        {
            body.AssertHasProperties("slug", "missionSlug", "role", "name", "unit", "direction", "baseline", "target", "milestones", "assessment");
            Assert.Equal(slug, body.Text("slug"));
            Assert.Equal(mission, body.Text("missionSlug"));
            Assert.Equal("key", body.Text("role"));
            Assert.Equal("decrease", body.Text("direction"));
            Assert.Equal("Mt CO2e", body.Text("unit"));
            Assert.Equal("2010", body.GetProperty("baseline").Text("period"));
            Assert.Equal(100, body.GetProperty("baseline").GetProperty("value").GetDouble());
            Assert.Equal("2030", body.GetProperty("target").Text("period"));
            Assert.Equal(50, body.GetProperty("target").GetProperty("value").GetDouble());
            Assert.Equal(["2020:80", "2025:65"], body.GetProperty("milestones").EnumerateArray()
                .Select(m => $"{m.Text("period")}:{m.GetProperty("value").GetDouble()}"));
            Assert.Equal("not-assessable", body.GetProperty("assessment").Text("status"));
        }
    }

    [Fact]
    public async Task CreateIndicator_SecondKeyFigure_Returns400OnRoleButSupportingIsAccepted()
    {
        var (mission, _) = await _admin.CreateMissionWithKeyFigureAsync();
        var second = KeyFigure(mission, NewSlug("second"));

        var problem = await (await _admin.PostIndicatorAsync(second)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["role"], problem.ErrorKeys());
        second["role"] = "supporting";
        var supporting = await (await _admin.PostIndicatorAsync(second)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("supporting", supporting.Text("role"));
        var detail = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(second["slug"], Assert.Single(detail.GetProperty("supportingIndicators").EnumerateArray()).Text("slug"));
    }

    [Fact]
    public async Task CreateIndicator_EmptyBody_Returns400NamingEachRequiredField()
    {
        var problem = await (await _admin.PostIndicatorAsync(new { })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["direction", "missionSlug", "name", "role", "slug", "unit"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateIndicator_TargetAgainstDirection_Returns400OnTargetValue()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var body = KeyFigure(mission, NewSlug("wrong-way"));
        body["target"] = Point("2030", 150);

        var problem = await (await _admin.PostIndicatorAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["target.value"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateIndicator_MilestoneOutsideBaselineAndTarget_Returns400OnThatMilestone()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var body = KeyFigure(mission, NewSlug("late-milestone"));
        body["milestones"] = new[] { Point("2020", 80), Point("2031", 45) };

        var problem = await (await _admin.PostIndicatorAsync(body)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["milestones[1].period"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateIndicator_UnknownMission_Returns400OnMissionSlug()
    {
        var problem = await (await _admin.PostIndicatorAsync(KeyFigure(NewSlug("nowhere"), NewSlug("lost")))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["missionSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateIndicator_WithoutToken_Returns401WithoutRedirect()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var slug = NewSlug("anonymous");

        var response = await _anonymous.PostIndicatorAsync(KeyFigure(mission, slug));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        await (await _admin.GetAsync($"/api/v1/indicators/{slug}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetIndicator_UnknownSlug_Returns404Problem()
    {
        var problem = await (await _anonymous.GetAsync($"/api/v1/indicators/{NewSlug("missing")}", Ct)).ExpectAsync(HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetAssessment_WorkedExample_ReturnsModerateWithEveryNumber()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var assessment = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/assessment", Ct)).ExpectAsync(HttpStatusCode.OK);

        assessment.AssertHasProperties("status", "method", "baseline", "latest", "target", "observedGrowth", "requiredGrowth", "ratio", "forecast");
        assessment.GetProperty("forecast").AssertHasProperties("valueAtTarget", "targetReachedPeriod");
        // Baseline 2010 = 100, latest 2020 = 80, target 2030 = 50, should decrease:
        // observed CAGR = (80/100)^(1/10) − 1 = 0.97793 − 1 = −0.02207 a year;
        // required CAGR = (50/100)^(1/20) − 1 = 0.96594 − 1 = −0.03406 a year;
        // ratio = −1 × −0.02207 / |−0.03406| = 0.6478: at least 0.60 and below 0.95 → moderate.
        Assert.Equal("moderate", assessment.Text("status"));
        Assert.Equal("cagr-ratio", assessment.Text("method"));
        Assert.Equal("2010", assessment.GetProperty("baseline").Text("period"));
        Assert.Equal(100, assessment.GetProperty("baseline").GetProperty("value").GetDouble());
        Assert.Equal("2020", assessment.GetProperty("latest").Text("period"));
        Assert.Equal(80, assessment.GetProperty("latest").GetProperty("value").GetDouble());
        Assert.Equal("2030", assessment.GetProperty("target").Text("period"));
        Assert.Equal(50, assessment.GetProperty("target").GetProperty("value").GetDouble());
        Assert.Equal(-0.02207, assessment.GetProperty("observedGrowth").GetDouble(), 5);
        Assert.Equal(-0.03406, assessment.GetProperty("requiredGrowth").GetDouble(), 5);
        Assert.Equal(0.6478, assessment.GetProperty("ratio").GetDouble(), 4);
        // The straight line through (2010, 100) and (2020, 80) falls 2 a year: 60 in 2030, and 50 in 2010 + 50/2 = 2035.
        Assert.Equal(60, assessment.GetProperty("forecast").GetProperty("valueAtTarget").GetDouble(), 6);
        Assert.Equal("2035", assessment.GetProperty("forecast").Text("targetReachedPeriod"));
    }

    [Fact]
    public async Task GetAssessment_NoObservations_NotAssessableWithoutNumbers()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var assessment = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/assessment", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("not-assessable", assessment.Text("status"));
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("latest").ValueKind);
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("ratio").ValueKind);
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("observedGrowth").ValueKind);
    }

    [Fact]
    public async Task GetAssessment_IncreaseWithoutTarget_AssessedByDirectionOnly()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));
        var slug = NewSlug("renewables");
        var body = KeyFigure(mission, slug);
        body["direction"] = "increase";
        body["baseline"] = Point("2020", 100);
        body["target"] = null;
        body["milestones"] = Array.Empty<object>();
        await (await _admin.PostIndicatorAsync(body)).ExpectAsync(HttpStatusCode.Created);
        await (await _admin.PostObservationsAsync(slug, new[] { Observation("2022", 104.04) })).ExpectAsync(HttpStatusCode.OK);

        var assessment = await (await _anonymous.GetAsync($"/api/v1/indicators/{slug}/assessment", Ct)).ExpectAsync(HttpStatusCode.OK);

        // (104.04/100)^(1/2) − 1 = 1.02 − 1 = +2.0% a year, above the 1.5% threshold → on-track.
        Assert.Equal("on-track", assessment.Text("status"));
        Assert.Equal("cagr-direction", assessment.Text("method"));
        Assert.Equal(0.02, assessment.GetProperty("observedGrowth").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("requiredGrowth").ValueKind);
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("target").ValueKind);
        var indicator = await (await _anonymous.GetAsync($"/api/v1/indicators/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("increase", indicator.Text("direction"));
    }

    [Fact]
    public async Task GetAssessment_UnknownIndicator_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/indicators/{NewSlug("missing")}/assessment", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UpdateIndicator_NewTarget_ReassessesAtOnce()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);
        var etag = (await _admin.GetAsync($"/api/v1/indicators/{indicator}", Ct)).Headers.ETag;
        var body = KeyFigure(mission, indicator);
        body["target"] = Point("2030", 70);
        body["milestones"] = Array.Empty<object>();

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/indicators/{indicator}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag!);
        var updated = await (await _admin.SendAsync(request, Ct)).ExpectAsync(HttpStatusCode.OK);

        // Required (70/100)^(1/20) − 1 = −0.01768 a year; observed −0.02207: ratio 0.02207 / 0.01768 = 1.248 ≥ 0.95 → on-track.
        Assert.Equal("on-track", updated.GetProperty("assessment").Text("status"));
        Assert.Equal(-0.01768, updated.GetProperty("assessment").GetProperty("requiredGrowth").GetDouble(), 5);
        var list = await (await _anonymous.GetAsync("/api/v1/missions", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("on-track", list.WithSlug(mission).GetProperty("keyFigure").GetProperty("assessment").Text("status"));
    }

    [Fact]
    public async Task UpdateIndicator_StaleIfMatch_Returns412()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var body = KeyFigure(mission, indicator);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/indicators/{indicator}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"99\""));

        await (await _admin.SendAsync(request, Ct)).ExpectAsync(HttpStatusCode.PreconditionFailed);
    }
}
