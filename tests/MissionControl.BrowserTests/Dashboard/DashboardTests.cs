using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Dashboard;

public sealed class DashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Seeded: Denmark's net emissions fell 2.14% a year against 2.97% required, ratio 0.72: moderate.</summary>
    private const string DenmarkClimate = "Denmark: 70% lower greenhouse-gas emissions by 2030";

    private sealed record ApiAssessment(string Status);

    private sealed record ApiKeyFigure(ApiAssessment Assessment);

    private sealed record ApiMission(string Slug, string Title, string Status, ApiKeyFigure? KeyFigure);

    [Fact]
    public async Task OpenDashboard_Anonymous_ShowsOneCardPerActiveMissionWithStatusInWords()
    {
        var missions = await Fixture.Api.GetFromJsonAsync<List<ApiMission>>("/api/v1/missions", TestContext.Current.CancellationToken);
        var active = missions!.Where(m => m.Status == "active").ToList();
        Assert.NotEmpty(active);

        var dashboard = await new DashboardPage(Page).GotoAsync();

        await Expect(dashboard.Cards).ToHaveCountAsync(active.Count);
        foreach (var mission in active)
        {
            var status = dashboard.StatusOf(mission.Title);
            if (mission.KeyFigure is { } key)
            {
                await Expect(status).ToHaveTextAsync(StatusWords.ByCode[key.Assessment.Status]);
            }
            else
            {
                await Expect(dashboard.Card(mission.Title)).ToContainTextAsync("No key figure yet.");
            }
        }

        await Expect(dashboard.StatusOf(DenmarkClimate)).ToHaveTextAsync("Moderate progress");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OpenMissionCard_Anonymous_ShowsMissionWithKeyFigure()
    {
        var dashboard = await new DashboardPage(Page).GotoAsync();

        var mission = await dashboard.OpenMissionAsync(DenmarkClimate);

        await Expect(Page).ToHaveURLAsync(new Regex("/missions/dk-climate-2030$"));
        await Expect(mission.KeyFigure).ToContainTextAsync("38.8 Mt CO2e");
        await Expect(mission.KeyFigureStatus).ToHaveTextAsync("Moderate progress");
        await Expect(mission.DataTableToggle).ToBeVisibleAsync();
        await Expect(mission.Detail("Political owner")).ToHaveTextAsync("Minister for Climate, Energy and Utilities");
    }

    [Fact]
    public async Task FilterByStatus_ModerateProgress_ListsOnlyModerateMissions()
    {
        var dashboard = await new DashboardPage(Page).GotoAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Missions by status" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d+ Moderate progress$") }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/\?status=moderate$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Missions: moderate progress" })).ToBeVisibleAsync();
        await Expect(dashboard.Card(DenmarkClimate)).ToBeVisibleAsync();
        var statuses = await dashboard.CardList.Locator("[data-status]").AllInnerTextsAsync();
        Assert.All(statuses, s => Assert.Equal("Moderate progress", s.Trim()));
    }

    [Fact]
    public async Task RunAxe_Dashboard_NoSeriousOrCriticalViolations()
    {
        await new DashboardPage(Page).GotoAsync();
        await Screenshots.TakeAsync(Page, "dashboard");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
