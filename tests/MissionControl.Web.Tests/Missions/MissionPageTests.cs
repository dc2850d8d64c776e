using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Missions;

public sealed class MissionPageTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task MissionPage_ActiveMission_Returns200WithTitleLandmarkAndStatus()
    {
        var (mission, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var response = await _anonymous.GetAsync($"/missions/{mission}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"<h1 class=\"govuk-heading-xl\">Mission {mission}</h1>", html);
        Assert.Contains("Half the emissions of 2010 by 2030", html);
        Assert.Contains($"href=\"/indicators/{indicator}\"", html);
        Assert.Contains("data-status=\"moderate\"", html);
        Assert.Contains("Moderate progress", html);
    }

    [Fact]
    public async Task MissionPage_UnknownSlug_Returns404()
    {
        var response = await _anonymous.GetAsync($"/missions/{NewSlug("missing")}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task EditMissionPage_AsOwner_Returns200WithFilledForm()
    {
        var slug = NewSlug("editable");
        await _admin.CreateMissionAsync(Mission(slug, title: "Cleaner rivers"));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.GetAsync($"/missions/{slug}/edit", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Edit mission", html);
        Assert.Contains("value=\"Cleaner rivers\"", html);
    }

    [Fact]
    public async Task EditMissionPage_AsOwnerOfAnotherMission_Returns403WithExplanation()
    {
        var mine = NewSlug("mine");
        var theirs = NewSlug("theirs");
        await _admin.CreateMissionAsync(Mission(mine));
        await _admin.CreateMissionAsync(Mission(theirs));
        var owner = await factory.CreateMissionOwnerAsync(mine);
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.GetAsync($"/missions/{theirs}/edit", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("You cannot do this", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task UnknownAddress_Browser_Returns404Page()
    {
        var response = await _anonymous.GetAsync($"/{NewSlug("nowhere")}/at/all", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task MissionPage_Draft_Returns404ForAnonymous()
    {
        var (draft, _) = await _admin.CreateMissionWithKeyFigureAsync(status: null);

        var response = await _anonymous.GetAsync($"/missions/{draft}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain($"Mission {draft}", await response.Content.ReadAsStringAsync(Ct));
    }
}
