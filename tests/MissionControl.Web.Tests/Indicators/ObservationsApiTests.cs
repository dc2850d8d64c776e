using System.Net;
using System.Text;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Indicators;

public sealed class ObservationsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task RecordObservations_JsonArray_Returns200WithCountsAndNewAssessment()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var result = await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", 80) }))
            .ExpectAsync(HttpStatusCode.OK);

        result.AssertHasProperties("created", "updated", "assessment");
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("updated").GetInt32());
        result.GetProperty("assessment").AssertHasProperties("status", "method", "ratio", "observedGrowth", "requiredGrowth");
        // Latest 2020 = 80 against baseline 2010 = 100 and target 2030 = 50: ratio 0.6478 → moderate.
        Assert.Equal("moderate", result.GetProperty("assessment").Text("status"));
        var observations = await GetObservationsAsync(indicator);
        Assert.Equal(["2015=90", "2020=80"], observations);
    }

    [Fact]
    public async Task RecordObservations_Csv_SavesEveryRowWithBreakdowns()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        const string csv = "period,value,breakdown\n2015,90,\n2020,80,\n2020,75,North\n";

        var result = await (await PostCsvAsync(indicator, csv)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(3, result.GetProperty("created").GetInt32());
        Assert.Equal(["2015=90", "2020=80", "2020=75 (North)"], await GetObservationsAsync(indicator));
        // Breakdowns are not the headline series: the assessment still runs on 2020 = 80.
        Assert.Equal("moderate", result.GetProperty("assessment").Text("status"));
        var north = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations?breakdown=North", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("North", Assert.Single(north.EnumerateArray()).Text("breakdown"));
    }

    [Fact]
    public async Task RecordObservations_SamePeriodTwice_UpdatesInsteadOfDuplicating()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var second = await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 70) })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        Assert.Equal(["2020=70"], await GetObservationsAsync(indicator));
        var assessment = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/assessment", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(70, assessment.GetProperty("latest").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task RecordObservations_SamePeriodOtherBreakdown_KeepsBoth()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var result = await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 60, "South") })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("created").GetInt32());
        Assert.Equal(["2020=80", "2020=60 (South)"], await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_OneBadRowAmongGood_Returns400NamingTheRowAndSavesNothing()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var rows = new[] { Observation("2015", 90), Observation("2016", null), Observation("2020", 80) };

        var response = await _admin.PostObservationsAsync(indicator, rows);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["rows[2].value"], problem.ErrorKeys());
        Assert.Empty(await GetObservationsAsync(indicator));
        var assessment = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/assessment", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("not-assessable", assessment.Text("status"));
    }

    [Fact]
    public async Task RecordObservations_SeveralBadRows_NamesEachRowAndField()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var rows = new object[]
        {
            Observation("2015", 90),
            Observation("20x4", 85),
            Observation("2018", null),
            new { period = "2019", value = 82, flags = new[] { "guessed" } },
            Observation("2015", 91),
        };

        var problem = await (await _admin.PostObservationsAsync(indicator, rows)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[2].period", "rows[3].value", "rows[4].flags", "rows[5].period"], problem.ErrorKeys());
        Assert.Contains("row 1", problem.GetProperty("errors").GetProperty("rows[5].period")[0].GetString());
        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_ValueOfWrongJsonType_Returns400NamingTheRow()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        const string json = """[{"period": "2015", "value": 90}, {"period": "2016", "value": "eighty"}]""";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var problem = await (await _admin.PostAsync($"/api/v1/indicators/{indicator}/observations", content, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[2].value"], problem.ErrorKeys());
        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_CsvWithBadRow_Returns400NamingTheRowAndSavesNothing()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var problem = await (await PostCsvAsync(indicator, "period,value\n2015,90\n2016,n/a\n2020,80\n")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[2].value"], problem.ErrorKeys());
        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_CsvWithoutValueColumn_Returns400OnFile()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var problem = await (await PostCsvAsync(indicator, "period,amount\n2015,90\n")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["file"], problem.ErrorKeys());
    }

    [Fact]
    public async Task RecordObservations_EmptyArray_Returns400OnRows()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var problem = await (await _admin.PostObservationsAsync(indicator, Array.Empty<object>())).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows"], problem.ErrorKeys());
    }

    [Fact]
    public async Task RecordObservations_JsonObjectInsteadOfArray_Returns400OnRows()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var problem = await (await _admin.PostObservationsAsync(indicator, Observation("2020", 80))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows"], problem.ErrorKeys());
        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task ListObservations_DraftMission_HiddenFromAnonymous()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync(status: null);
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations?format=csv", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/assessment", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(["2020=80"], await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_UnsupportedMediaType_Returns415()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        using var content = new StringContent("<observations/>", Encoding.UTF8, "application/xml");

        await (await _admin.PostAsync($"/api/v1/indicators/{indicator}/observations", content, Ct)).ExpectAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_IdempotencyKeyReplayed_ReturnsFirstAnswerAndAppliesOnce()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var key = Guid.NewGuid().ToString();
        const string body = """[{"period": "2020", "value": 80}]""";
        var first = await PostWithKeyAsync(indicator, key, body);
        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // Someone corrects 2020 in between; a replay of the first request must not undo that.
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 70) })).ExpectAsync(HttpStatusCode.OK);

        var replay = await PostWithKeyAsync(indicator, key, body);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync(Ct));
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        var answer = await replay.JsonAsync();
        Assert.Equal(1, answer.GetProperty("created").GetInt32());
        Assert.Equal("moderate", answer.GetProperty("assessment").Text("status"));
        Assert.Equal(["2020=70"], await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_IdempotencyKeyWithOtherBody_Returns422AndSavesNothing()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await PostWithKeyAsync(indicator, key, """[{"period": "2020", "value": 80}]""")).StatusCode);

        var response = await PostWithKeyAsync(indicator, key, """[{"period": "2021", "value": 79}]""");

        var problem = await response.ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal(["2020=80"], await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_WithoutToken_Returns401WithoutRedirect()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var response = await _anonymous.PostObservationsAsync(indicator, new[] { Observation("2020", 80) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Empty(await GetObservationsAsync(indicator));
    }

    [Fact]
    public async Task RecordObservations_UnknownIndicator_Returns404()
    {
        await (await _admin.PostObservationsAsync(NewSlug("missing"), new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListObservations_Json_ReturnsRowsInTimeOrderWithFlags()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var rows = new object[] { new { period = "2020", value = 80, flags = new[] { "provisional" } }, Observation("2015", 90) };
        await (await _admin.PostObservationsAsync(indicator, rows)).ExpectAsync(HttpStatusCode.OK);

        var list = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations", Ct)).ExpectAsync(HttpStatusCode.OK);

        var items = list.EnumerateArray().ToList();
        Assert.Equal(["2015", "2020"], items.Select(i => i.Text("period")));
        items[1].AssertHasProperties("period", "value", "breakdown", "flags");
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("breakdown").ValueKind);
        Assert.Equal(["provisional"], items[1].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!));
    }

    [Fact]
    public async Task ListObservations_FormatCsv_ReturnsCsvWithHeaderAndRows()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var rows = new object[] { Observation("2015", 90.5), new { period = "2020", value = 80, breakdown = "North", flags = new[] { "estimated" } } };
        await (await _admin.PostObservationsAsync(indicator, rows)).ExpectAsync(HttpStatusCode.OK);

        var response = await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations?format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(["period,value,breakdown,flags,sourceNote", "2015,90.5,,,", "2020,80,North,estimated,"], lines);
    }

    [Fact]
    public async Task ListObservations_CsvRoundTrip_PostingTheDownloadChangesNothing()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", 80, "North") })).ExpectAsync(HttpStatusCode.OK);
        var csv = await (await _anonymous.GetAsync($"/api/v1/indicators/{indicator}/observations?format=csv", Ct)).Content.ReadAsStringAsync(Ct);

        var result = await (await PostCsvAsync(indicator, csv)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(0, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task ListObservations_UnknownIndicator_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/indicators/{NewSlug("missing")}/observations", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<string>> GetObservationsAsync(string indicator)
    {
        var list = await (await _admin.GetAsync($"/api/v1/indicators/{indicator}/observations", Ct)).ExpectAsync(HttpStatusCode.OK);
        return [.. list.EnumerateArray().Select(o =>
            $"{o.Text("period")}={o.GetProperty("value").GetDouble()}" +
            (o.GetProperty("breakdown").GetString() is { } b ? $" ({b})" : ""))];
    }

    private Task<HttpResponseMessage> PostCsvAsync(string indicator, string csv) =>
        _admin.PostAsync($"/api/v1/indicators/{indicator}/observations", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

    private Task<HttpResponseMessage> PostWithKeyAsync(string indicator, string key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/indicators/{indicator}/observations")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return _admin.SendAsync(request, Ct);
    }
}
