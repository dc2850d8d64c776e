using System.Net;
using System.Text.RegularExpressions;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>The portfolio pages at HTTP level: the board, an initiative, and the centre's cross-mission list.</summary>
public sealed class PortfolioPageTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<string> HtmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _anonymous.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} for {path}, got {(int)response.StatusCode}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    [Fact]
    public async Task PortfolioPage_ActiveMission_Returns200WithBoardColumnsAndInitiatives()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (pilot, idea) = (NewSlug("pilot"), NewSlug("idea"));
        await _admin.CreateInitiativeAsync(Initiative(mission, pilot, stage: "pilot", title: "Community energy pilot"));
        await _admin.CreateInitiativeAsync(Initiative(mission, idea, title: "Car-free school streets"));
        await _admin.DecideAsync(pilot, Decision("advance", rationale: "Uptake twice the target."));

        var html = await HtmlAsync($"/missions/{mission}/portfolio");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Portfolio</h1>", html);
        foreach (var column in new[] { "idea", "discovery", "pilot", "scale", "mainstreamed" })
        {
            Assert.Contains($"id=\"stage-{column}\"", html);
        }

        // Each card sits in its stage's column: the advanced pilot is now in scale.
        Assert.True(html.IndexOf("id=\"stage-scale\"", StringComparison.Ordinal) < html.IndexOf($"data-initiative=\"{pilot}\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf($"data-initiative=\"{pilot}\"", StringComparison.Ordinal) < html.IndexOf("id=\"stage-mainstreamed\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf($"data-initiative=\"{idea}\"", StringComparison.Ordinal) < html.IndexOf("id=\"stage-discovery\"", StringComparison.Ordinal));
        Assert.Contains("Community energy pilot", html);
        Assert.Contains("Car-free school streets", html);
        Assert.Contains("Uptake twice the target.", html);
        Assert.DoesNotContain("id=\"overdue-reviews\"", html);
    }

    [Fact]
    public async Task PortfolioPage_UnknownMission_Returns404()
    {
        var html = await HtmlAsync($"/missions/{NewSlug("missing")}/portfolio", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task PortfolioPage_ChangesSince_ListsTheDecision()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("changed");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, title: "Changed lately"));
        await _admin.DecideAsync(slug, Decision("advance", rationale: "Ready to explore."));

        var html = await HtmlAsync($"/missions/{mission}/portfolio?since={Iso(Today)}");

        var start = html.IndexOf("mc-changes", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page lists no changes.");
        var changes = WebUtility.HtmlDecode(html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)]);
        Assert.Contains("Changed lately</a>: advance: idea → discovery. Ready to explore.", changes);
        Assert.Contains("Changed lately</a>: Opened", changes);
    }

    [Fact]
    public async Task InitiativePage_Existing_Returns200WithTitleStageAndDecisions()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("shown");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, title: "Shared e-bikes for commuters").With("summary", "Bikes at every station."));
        await _admin.DecideAsync(slug, Decision("advance", rationale: "Strong demand in the survey."));

        var html = await HtmlAsync($"/initiatives/{slug}");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Shared e-bikes for commuters</h1>", html);
        Assert.Contains("Bikes at every station.", html);
        Assert.Contains("Stage: Discovery", html);
        Assert.Contains("Strong demand in the survey.", html);
        Assert.Contains($"href=\"/missions/{mission}/portfolio\"", html);
    }

    [Fact]
    public async Task InitiativePage_ConfidentialBudget_AmountNotShownToAnonymous()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("secret");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug).With("budget", Budget(7654321, "EUR")).With("budgetConfidential", true));

        var html = await HtmlAsync($"/initiatives/{slug}");
        var forAdmin = await (await _admin.GetAsync($"/initiatives/{slug}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("7,654,321", html);
        Assert.DoesNotContain("7654321", html);
        Assert.Contains("7,654,321 EUR", forAdmin);
    }

    [Fact]
    public async Task InitiativePage_UnknownSlug_Returns404()
    {
        var html = await HtmlAsync($"/initiatives/{NewSlug("missing")}", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task CentrePortfolio_Anonymous_Returns200ListingInitiativesWithExportLinks()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("listed");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, stage: "scale", title: "Listed across missions"));

        var html = await HtmlAsync($"/portfolio?mission={mission}&stage=scale");

        Assert.Contains("All initiatives", html);
        Assert.Contains($"href=\"/initiatives/{slug}\"", html);
        Assert.Contains("Listed across missions", html);
        Assert.Contains($"/api/v1/initiatives?mission={mission}&amp;stage=scale&amp;format=csv", html);
        Assert.Contains("format=xlsx", html);
        Assert.DoesNotContain("Listed across missions", await HtmlAsync($"/portfolio?mission={mission}&stage=pilot"));
    }

    [Fact]
    public async Task InitiativeForm_MissionFieldForgedToAnotherMission_OpensItInThePagesMission()
    {
        var (mine, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var theirs = NewSlug("theirs");
        await _admin.CreateMissionAsync(Mission(theirs));
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mine)).Token);
        var form = await (await owner.GetAsync($"/missions/{mine}/initiatives/new", Ct)).Content.ReadAsStringAsync(Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var slug = NewSlug("forged");

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "initiative",
            ["__RequestVerificationToken"] = token,
            ["Input.MissionSlug"] = theirs,
            ["Input.Title"] = "Slipped into another portfolio",
            ["Input.Slug"] = slug,
            ["Input.InnovationType"] = "enhancement",
            ["Input.Stage"] = "idea",
        });
        var response = await owner.PostAsync($"/missions/{mine}/initiatives/new", body, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(mine, (await _anonymous.GetInitiativeAsync(slug)).Text("missionSlug"));
        Assert.Empty((await _anonymous.GetPortfolioAsync(theirs)).GetProperty("initiatives").EnumerateArray());
    }
}
