using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Indicators;

public sealed class IndicatorPageTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task IndicatorPage_WithObservations_Returns200WithNameStatusAndDataTable()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var response = await _anonymous.GetAsync($"/indicators/{indicator}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Greenhouse gas emissions</h1>", html);
        Assert.Contains($"href=\"/missions/{mission}\"", html);
        Assert.Contains("data-status=\"moderate\"", html);
        Assert.Contains("Moderate progress", html);
        // Every observation is in a data table, not only in the chart.
        Assert.Contains("Every observation of Greenhouse gas emissions", html);
        Assert.Contains("<td class=\"govuk-table__cell\">2015</td>", html);
        Assert.Contains("govuk-table__cell--numeric\">90</td>", html);
    }

    [Fact]
    public async Task NewIndicatorPage_AsAdministrator_Returns200WithForm()
    {
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission));

        var response = await _admin.GetAsync($"/missions/{mission}/indicators/new", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"/missions/{mission}\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task EditIndicatorPage_AsAdministrator_Returns200WithFilledForm()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        var response = await _admin.GetAsync($"/indicators/{indicator}/edit", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Greenhouse gas emissions\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task IndicatorPage_UnknownSlug_Returns404()
    {
        var response = await _anonymous.GetAsync($"/indicators/{NewSlug("missing")}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task IndicatorPage_OfDraftMission_Returns404ForAnonymous()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync(status: null);

        var response = await _anonymous.GetAsync($"/indicators/{indicator}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
