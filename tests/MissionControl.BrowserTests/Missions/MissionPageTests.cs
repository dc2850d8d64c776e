using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Missions;

public sealed class MissionPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Slug = "dk-climate-2030";
    private const string Title = "Denmark: 70% lower greenhouse-gas emissions by 2030";
    private const string KeyFigureName = "Net greenhouse-gas emissions incl. land use";

    [Fact]
    public async Task ToggleDataTable_Anonymous_ShowsTheChartsNumbers()
    {
        var mission = await new MissionPage(Page).GotoAsync(Slug, Title);
        var table = mission.DataTable(KeyFigureName);
        await Expect(table).ToBeHiddenAsync();

        await mission.DataTableToggle.ClickAsync();

        await Expect(table).ToBeVisibleAsync();
        var row2023 = table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "2023", Exact = true }) });
        await Expect(row2023).ToContainTextAsync("38.8");
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "2030 (target)", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OpenMission_Anonymous_ShowsOwnerLeadOrganisationAndNoEditing()
    {
        var mission = await new MissionPage(Page).GotoAsync(Slug, Title);

        await Expect(mission.Detail("Political owner")).ToHaveTextAsync("Minister for Climate, Energy and Utilities");
        await Expect(mission.Detail("Lead organisation")).ToHaveTextAsync("Danish Ministry of Climate, Energy and Utilities");
        await Expect(mission.Detail("Deadline")).ToHaveTextAsync("31 December 2030");
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = $"Chart of {KeyFigureName}. The same data is in the table below." })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Edit mission" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpenKeyFigure_FromMissionPage_ShowsIndicatorPage()
    {
        var mission = await new MissionPage(Page).GotoAsync(Slug, Title);

        var indicator = await mission.OpenKeyFigureAsync(KeyFigureName);

        await Expect(indicator.ObservationRow("2023")).ToContainTextAsync("38.8");
        await Expect(indicator.RecordObservationLink).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RunAxe_MissionPage_NoSeriousOrCriticalViolations()
    {
        await new MissionPage(Page).GotoAsync(Slug, Title);
        await Screenshots.TakeAsync(Page, "mission");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
