using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.OpenData;

public sealed class OpenDataApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task KeyFiguresCsv_Anonymous_ListsPublicMissionsWithStoredAssessment()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);
        var (draft, _) = await _admin.CreateMissionWithKeyFigureAsync(status: null);

        var response = await _anonymous.GetAsync("/api/v1/open-data/key-figures.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("missionSlug,missionTitle,level,deadline,missionStatus,", lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(mission + ",", StringComparison.Ordinal));
        Assert.Contains($",national,2030-12-31,active,,{indicator},Greenhouse gas emissions,Mt CO2e,decrease,2010,100,2030,50,2020,80,moderate,cagr-ratio,", row);
        Assert.DoesNotContain(lines, l => l.StartsWith(draft + ",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ObservationsCsv_Anonymous_ListsObservationsOfPublicIndicatorsOnly()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80, "North") })).ExpectAsync(HttpStatusCode.OK);
        var (_, hidden) = await _admin.CreateMissionWithKeyFigureAsync(status: null);
        await (await _admin.PostObservationsAsync(hidden, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var csv = await (await _anonymous.GetAsync("/api/v1/open-data/observations.csv", Ct)).Content.ReadAsStringAsync(Ct);

        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("indicatorSlug,period,value,breakdown,flags,sourceNote", lines[0]);
        Assert.Contains($"{indicator},2020,80,North,,", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(hidden + ",", StringComparison.Ordinal));
    }
}
