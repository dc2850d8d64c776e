using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Coalitions.CoalitionRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary>The coalition, stakeholder and organisation pages, and their forms, at HTTP level.</summary>
public sealed class CoalitionPagesTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private static async Task<string> HtmlAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} for {path}, got {(int)response.StatusCode}.");
        return WebUtility.HtmlDecode(html);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(path, Ct);
        var form = await page.Content.ReadAsStringAsync(Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.True(token.Length > 0, $"{path} answered {(int)page.StatusCode} without a form.");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = token;
        using var body = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, body, Ct);
    }

    private async Task<(string Mission, string Foundation, string Union, int Pledge)> CreateCoalitionAsync()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var union = NewSlug("union");
        await _admin.CreateOrganisationAsync(Organisation(union, "labour-union", name: "Builders' Union"));
        var pledge = await _admin.PledgeAsync(mission, Pledge(foundation, "funding", 2_000_000m, "DKK"));
        await _admin.VerifyAsync(await _admin.DeliverAsync(pledge, Delivery(500_000m)));
        await _admin.PledgeAsync(mission, Pledge(union, "staff", 3m, "FTE", Today.AddYears(-3), Today.AddYears(-2)));
        return (mission, foundation, union, pledge);
    }

    [Fact]
    public async Task SiteNavigation_Anonymous_LinksToTheOrganisationsList()
    {
        var navigation = Regex.Match(await HtmlAsync(_anonymous, "/"), "<ul class=\"govuk-service-navigation__list\".*?</ul>", RegexOptions.Singleline).Value;

        Assert.Contains("href=\"/organisations\">Organisations</a>", navigation);
        Assert.Contains("<h1 class=\"govuk-heading-xl\">Organisations</h1>", await HtmlAsync(_anonymous, "/organisations"));
    }

    [Fact]
    public async Task CoalitionPage_Anonymous_MembersBySectorLapsedFlaggedAndTotals()
    {
        var (mission, foundation, union, _) = await CreateCoalitionAsync();

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}/coalition");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Coalition</h1>", html);
        Assert.Matches(new Regex($"data-member=\"{foundation}\"[\\s\\S]*?Active"), html);
        Assert.Matches(new Regex($"class=\"govuk-table__row mc-coalition__lapsed\" data-member=\"{union}\"[\\s\\S]*?Lapsed"), html);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"4\" class=\"govuk-table__header\">Labour union</th>", html);
        Assert.Matches(new Regex("id=\"sector-count\">1</span>"), html);
        Assert.Contains("2,000,000 DKK", html);
        Assert.Contains("500,000 DKK", html);
        Assert.Contains("25%", html);
        Assert.DoesNotContain("Record a pledge", html);
        Assert.DoesNotContain("mc-coalition__verify", html);
    }

    [Fact]
    public async Task CoalitionPage_UnknownMission_404()
    {
        Assert.Contains("Page not found", await HtmlAsync(_anonymous, "/missions/no-such-mission/coalition", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task CoalitionPage_UnengagedNegativelyAffected_WarnsOnCoalitionAndStakeholderPages()
    {
        var (mission, _, _, _) = await CreateCoalitionAsync();
        await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", Stakeholder("Livestock farmers", 5, 4), Ct)).ExpectAsync(HttpStatusCode.Created);

        var coalition = await HtmlAsync(_anonymous, $"/missions/{mission}/coalition");
        var stakeholders = await HtmlAsync(_anonymous, $"/missions/{mission}/stakeholders");

        Assert.Contains("1 negatively affected stakeholder has", coalition);
        Assert.Contains("not been engaged in any consultation: Livestock farmers.", coalition);
        Assert.Contains("id=\"unengaged-warning\"", stakeholders);
        Assert.Contains("Livestock farmers", stakeholders);
    }

    [Fact]
    public async Task CoalitionPage_OwnerVerifiesThroughForm_DeliveryVerifiedAndBannerShown()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var pledge = await _admin.PledgeAsync(mission, Pledge(foundation, "data", 4m, "datasets"));
        var delivery = await _admin.DeliverAsync(pledge, Delivery(4m));

        var response = await PostFormAsync(owner, $"/missions/{mission}/coalition", "pledge-actions", new() { ["Act.Verify"] = delivery.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("delivered", (await _anonymous.GetPledgeAsync(pledge)).Text("status"));
        Assert.Contains("The delivery has been verified.", await HtmlAsync(owner, $"/missions/{mission}/coalition?saved=verified"));
    }

    [Fact]
    public async Task CoalitionPage_ContributorPostsVerify_403AndUnverified()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        using var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(foundation)).Token);
        var pledge = await contributor.PledgeAsync(mission, Pledge(foundation, "data", 4m, "datasets"));
        var delivery = await contributor.DeliverAsync(pledge, Delivery(4m));

        var response = await PostFormAsync(contributor, $"/missions/{mission}/coalition", "pledge-actions", new() { ["Act.Verify"] = delivery.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("pledged", (await _anonymous.GetPledgeAsync(pledge)).Text("status"));
    }

    [Fact]
    public async Task PledgeForm_Errors_400WithSummaryAndFieldErrors()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var response = await PostFormAsync(_admin, $"/missions/{mission}/pledges/new", "pledge", new()
        {
            ["Input.Kind"] = "funding",
            ["Input.Quantity"] = "lots",
            ["Input.Unit"] = "DKK",
            ["Input.From"] = "2026-01-01",
            ["Input.To"] = "2027-01-01",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("<a href=\"#organisationSlug\">Choose the organisation that pledges.</a>", html);
        Assert.Contains("Enter the quantity as a number", html);
        Assert.Empty((await _anonymous.CoalitionAsync(mission)).GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task PledgeForm_ValidPost_RedirectsAndPledgeRecorded()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();

        var response = await PostFormAsync(_admin, $"/missions/{mission}/pledges/new", "pledge", new()
        {
            ["Input.OrganisationSlug"] = foundation,
            ["Input.Kind"] = "expertise",
            ["Input.Quantity"] = "250",
            ["Input.Unit"] = "hours",
            ["Input.From"] = Iso(Today.AddDays(-1)),
            ["Input.To"] = Iso(Today.AddYears(1)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["expertise 250 hours"], (await _anonymous.CoalitionAsync(mission)).Member(foundation).GetProperty("pledged").Amounts());
    }

    [Fact]
    public async Task PledgeForm_Anonymous_RedirectsToSignIn()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var response = await _anonymous.GetAsync($"/missions/{mission}/pledges/new", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task DeliveryForm_ContributorOfAnotherOrganisation_403()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var other = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(other));
        var pledge = await _admin.PledgeAsync(mission, Pledge(foundation));
        using var outsider = factory.CreateApiClient((await factory.CreateContributorAsync(other)).Token);

        Assert.Contains("You cannot do this", await HtmlAsync(outsider, $"/pledges/{pledge}/deliveries/new", HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task StakeholdersPage_Stakeholders_GridAndTableWithFutureGenerations()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();
        await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", Stakeholder("Youth climate council", 5, 2, "benefiting", futureGenerations: true), Ct)).ExpectAsync(HttpStatusCode.Created);

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}/stakeholders");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Stakeholder map</h1>", html);
        Assert.Matches(new Regex("<th scope=\"row\">Influence 2</th>(\\s*<td[^>]*>\\s*</td>){4}\\s*<td[^>]*>\\s*<ul>\\s*<li class=\"mc-stakeholder mc-stakeholder--benefiting\">Youth climate council ★"), html);
        Assert.Contains("Future generations", html);
        Assert.DoesNotContain("id=\"no-future-generations\"", html);
        Assert.DoesNotContain("id=\"unengaged-warning\"", html);
    }

    [Fact]
    public async Task StakeholderForm_AddThroughForm_RedirectsAndListed()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var response = await PostFormAsync(_admin, $"/missions/{mission}/stakeholders/new", "stakeholder", new()
        {
            ["Input.Name"] = "Coastal fishers",
            ["Input.Interest"] = "4",
            ["Input.Influence"] = "2",
            ["Input.Effect"] = "negatively-affected",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Coastal fishers", await HtmlAsync(_anonymous, $"/missions/{mission}/stakeholders"));
    }

    [Fact]
    public async Task StakeholderForm_MissingValues_400WithErrors()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var response = await PostFormAsync(_admin, $"/missions/{mission}/stakeholders/new", "stakeholder", new() { ["Input.Name"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#interest\">Rate the stakeholder's interest from 1 (little) to 5 (great).</a>", html);
        Assert.Contains("govuk-form-group--error", html);
    }

    [Fact]
    public async Task MissionPage_Coalition_SectionWithCountsAndLinks()
    {
        var (mission, _, _, _) = await CreateCoalitionAsync();

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}");

        var start = html.IndexOf("id=\"coalition-heading\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The mission page has no coalition section.");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("1 active member from 1 sector; 1 lapsed.", section);
        Assert.Contains($"href=\"/missions/{mission}/coalition\"", section);
        Assert.Contains($"href=\"/missions/{mission}/stakeholders\"", section);
    }

    [Fact]
    public async Task OrganisationPages_ListAndPage_ShowPledgesAndHideMergedDuplicates()
    {
        var (mission, foundation, _, _) = await CreateCoalitionAsync();
        var duplicate = NewSlug("dup");
        await _admin.CreateOrganisationAsync(Organisation(duplicate, "foundation", name: "Duplicate Foundation"));
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{duplicate}/merge", new { intoSlug = foundation }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var list = await HtmlAsync(_anonymous, "/organisations?sector=foundation");
        var page = await HtmlAsync(_anonymous, $"/organisations/{foundation}");
        var merged = await HtmlAsync(_anonymous, $"/organisations/{duplicate}");

        Assert.Contains($"href=\"/organisations/{foundation}\"", list);
        Assert.DoesNotContain("Duplicate Foundation", list);
        Assert.Contains($"href=\"/missions/{mission}/coalition\"", page);
        Assert.Contains("Partly delivered", page);
        Assert.Contains("has been merged into", merged);
        Assert.Contains($"href=\"/organisations/{foundation}\"", merged);
    }

    [Fact]
    public async Task OrganisationForm_StaleVersion_409WithMessage()
    {
        var slug = NewSlug("org");
        var created = await _admin.CreateOrganisationAsync(Organisation(slug));
        var version = created.GetProperty("version").GetInt32();
        await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{slug}", Organisation(slug, name: "Changed elsewhere"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var response = await PostFormAsync(_admin, $"/organisations/{slug}/edit", "organisation", new()
        {
            ["Input.Slug"] = slug,
            ["Input.Name"] = "My edit",
            ["Input.Sector"] = "foundation",
            ["Input.Version"] = version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this organisation", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task MergeForm_MissionOwner_403()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        Assert.Contains("Only administrators merge organisations.", await HtmlAsync(owner, $"/organisations/{foundation}/merge", HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task OrganisationPickers_MergedDuplicate_NotOffered()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var duplicate = NewSlug("dup");
        await _admin.CreateOrganisationAsync(Organisation(duplicate, name: "Picker Duplicate " + duplicate));
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{duplicate}/merge", new { intoSlug = foundation }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var initiativeForm = await HtmlAsync(_admin, $"/missions/{mission}/initiatives/new");
        var pledgeForm = await HtmlAsync(_admin, $"/missions/{mission}/pledges/new");

        Assert.Contains($"value=\"{foundation}\"", initiativeForm);
        Assert.DoesNotContain($"value=\"{duplicate}\"", initiativeForm);
        Assert.Contains($"value=\"{foundation}\"", pledgeForm);
        Assert.DoesNotContain($"value=\"{duplicate}\"", pledgeForm);
    }
}
