using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Dashboard;

public sealed class DashboardPageTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task Dashboard_ActiveMissions_ShowsTitlesAndStatusInWords()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var response = await _anonymous.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var card = CardOf(html, mission);
        Assert.Contains($"Mission {mission}", card);
        Assert.Contains("href=\"/missions/" + mission + "\"", card);
        // Status as words beside the colour, never colour alone.
        Assert.Contains("data-status=\"moderate\"", card);
        Assert.Contains("Moderate progress", card);
    }

    [Fact]
    public async Task Dashboard_DraftMission_IsNotShown()
    {
        var (draft, _) = await _admin.CreateMissionWithKeyFigureAsync(status: null);

        var html = await (await _anonymous.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain($"Mission {draft}", html);
    }

    [Fact]
    public async Task Dashboard_StatusFilter_ShowsOnlyMissionsWithThatStatus()
    {
        var (moderate, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);
        var (unassessed, _) = await _admin.CreateMissionWithKeyFigureAsync();

        var html = await (await _anonymous.GetAsync("/?status=moderate", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains($"Mission {moderate}", html);
        Assert.DoesNotContain($"Mission {unassessed}", html);
    }

    /// <summary>The mission's card: from its title link to the next card.</summary>
    private static string CardOf(string html, string slug)
    {
        var start = html.IndexOf($"href=\"/missions/{slug}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The dashboard does not link to /missions/{slug}.");
        var end = html.IndexOf("<li class=\"mc-card\"", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }
}
