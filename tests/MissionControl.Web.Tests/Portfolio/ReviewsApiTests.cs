using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>
/// <c>POST|GET /api/v1/initiatives/{slug}/reviews</c>: a rating sets the initiative's delivery confidence and
/// schedules the next review (6 months; 3 after red or amber-red); a review not held in time shows as overdue.
/// </summary>
public sealed class ReviewsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<(string Mission, string Organisation, string Initiative)> CreateAsync(Dictionary<string, object?>? mission = null)
    {
        var (missionSlug, organisation) = await factory.CreateMissionAndOrganisationAsync(_admin, mission);
        var slug = NewSlug("reviewed");
        await _admin.CreateInitiativeAsync(Initiative(missionSlug, slug, stage: "pilot", title: $"Reviewed {slug}").With("ownerOrganisationSlug", organisation));
        return (missionSlug, organisation, slug);
    }

    [Fact]
    public async Task RecordReview_Red_Returns201AndNextReviewThreeMonthsAfterTheReview()
    {
        var (_, _, slug) = await CreateAsync();

        var response = await _admin.PostReviewAsync(slug, Review("red", "2026-01-31"));

        var review = await response.ExpectAsync(HttpStatusCode.Created);
        review.AssertHasProperties("id", "reviewedOn", "kpiStatus", "viability", "deliveryConfidence", "narrative", "recommendation", "reviewedBy", "recordedAt");
        Assert.Equal("2026-01-31", review.Text("reviewedOn"));
        Assert.Equal("red", review.Text("deliveryConfidence"));
        Assert.Equal("2 of 3 KPIs on track", review.Text("kpiStatus"));
        Assert.Equal("Can stand on its own once the licence is renewed", review.Text("viability"));
        Assert.Equal("Recruitment is behind plan.", review.Text("narrative"));
        Assert.Equal("Continue, with a recovery plan.", review.Text("recommendation"));
        Assert.Equal(MissionControlFactory.AdminEmail, review.Text("reviewedBy"));

        var initiative = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("red", initiative.Text("deliveryConfidence"));
        Assert.Equal("2026-01-31", initiative.Text("lastReviewedOn"));
        // 2026-01-31 + 3 months: April has 30 days → 2026-04-30.
        Assert.Equal("2026-04-30", initiative.Text("nextReviewDue"));
    }

    [Fact]
    public async Task RecordReview_AmberRedToday_NextReviewInThreeMonthsNotOverdue()
    {
        var (_, _, slug) = await CreateAsync();

        await _admin.ReviewAsync(slug, "amber-red");

        var initiative = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("amber-red", initiative.Text("deliveryConfidence"));
        Assert.Equal(Iso(Today), initiative.Text("lastReviewedOn"));
        Assert.Equal(Iso(Today.AddMonths(3)), initiative.Text("nextReviewDue"));
        Assert.False(initiative.GetProperty("reviewOverdue").GetBoolean());
    }

    [Fact]
    public async Task RecordReview_AmberGreen_NextReviewInSixMonths()
    {
        var (_, _, slug) = await CreateAsync();

        await _admin.ReviewAsync(slug, "amber-green", "2026-03-31");

        // 2026-03-31 + 6 months: September has 30 days → 2026-09-30.
        Assert.Equal("2026-09-30", (await _anonymous.GetInitiativeAsync(slug)).Text("nextReviewDue"));
    }

    [Fact]
    public async Task RecordReview_MissionReviewingYearly_NextReviewInTwelveMonths()
    {
        var mission = Mission("placeholder").With("reviewCadenceMonths", 12).With("followUpMonths", 2);
        var (_, _, slug) = await CreateAsync(mission);

        await _admin.ReviewAsync(slug, "green", "2026-02-15");
        Assert.Equal("2027-02-15", (await _anonymous.GetInitiativeAsync(slug)).Text("nextReviewDue"));

        await _admin.ReviewAsync(slug, "red", "2026-03-15");
        Assert.Equal("2026-05-15", (await _anonymous.GetInitiativeAsync(slug)).Text("nextReviewDue"));
    }

    [Fact]
    public async Task UpdateMission_NewReviewCadence_MovesTheNextReviewOfOpenInitiatives()
    {
        var (mission, _, slug) = await CreateAsync();
        await _admin.ReviewAsync(slug, "green", "2026-02-15");
        Assert.Equal("2026-08-15", (await _anonymous.GetInitiativeAsync(slug)).Text("nextReviewDue"));

        var response = await _admin.PutAsJsonAsync($"/api/v1/missions/{mission}", Mission(mission).With("reviewCadenceMonths", 12), Ct);
        await response.ExpectAsync(HttpStatusCode.OK);

        // 2026-02-15 + 12 months: the new cadence counts from the last review.
        Assert.Equal("2027-02-15", (await _anonymous.GetInitiativeAsync(slug)).Text("nextReviewDue"));
    }

    [Fact]
    public async Task RecordReview_BackDatedBeforeTheLatest_DoesNotReplaceTheRating()
    {
        var (_, _, slug) = await CreateAsync();
        await _admin.ReviewAsync(slug, "green", "2026-06-01");

        await _admin.ReviewAsync(slug, "red", "2026-02-01");

        var initiative = await _anonymous.GetInitiativeAsync(slug);
        Assert.Equal("green", initiative.Text("deliveryConfidence"));
        Assert.Equal("2026-12-01", initiative.Text("nextReviewDue"));
        Assert.Equal(2, initiative.GetProperty("reviews").GetArrayLength());
    }

    [Fact]
    public async Task ListReviews_TwoReviews_NewestFirst()
    {
        var (_, _, slug) = await CreateAsync();
        await _admin.ReviewAsync(slug, "amber", "2026-02-01");
        await _admin.ReviewAsync(slug, "green", "2026-08-01");

        var reviews = await (await _anonymous.GetAsync($"/api/v1/initiatives/{slug}/reviews", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(["2026-08-01", "2026-02-01"], reviews.EnumerateArray().Select(r => r.Text("reviewedOn")));
        Assert.Equal(["green", "amber"], reviews.EnumerateArray().Select(r => r.Text("deliveryConfidence")));
    }

    [Fact]
    public async Task ListReviews_UnknownInitiative_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/initiatives/{NewSlug("missing")}/reviews", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RecordReview_GreenSevenMonthsAgo_OverdueInPortfolioAndOnPage()
    {
        var (mission, _, slug) = await CreateAsync();
        var onTime = NewSlug("on-time");
        await _admin.CreateInitiativeAsync(Initiative(mission, onTime, title: $"On time {onTime}"));
        await _admin.ReviewAsync(onTime, "green");

        // Seven months ago + 6 months = one month ago: overdue.
        var reviewedOn = Today.AddMonths(-7);
        await _admin.ReviewAsync(slug, "green", Iso(reviewedOn));

        var portfolio = await _anonymous.GetPortfolioAsync(mission);
        var late = portfolio.GetProperty("initiatives").WithSlug(slug);
        Assert.Equal(Iso(reviewedOn.AddMonths(6)), late.Text("nextReviewDue"));
        Assert.True(late.GetProperty("reviewOverdue").GetBoolean());
        Assert.False(portfolio.GetProperty("initiatives").WithSlug(onTime).GetProperty("reviewOverdue").GetBoolean());

        var response = await _anonymous.GetAsync($"/missions/{mission}/portfolio", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var overdue = OverdueList(html);
        Assert.Contains($"href=\"/initiatives/{slug}\"", overdue);
        Assert.Contains($"Reviewed {slug}", overdue);
        Assert.DoesNotContain(onTime, overdue);
    }

    [Fact]
    public async Task ListInitiatives_OverdueFilter_ListsOnlyOverdue()
    {
        var (mission, _, slug) = await CreateAsync();
        var onTime = NewSlug("on-time");
        await _admin.CreateInitiativeAsync(Initiative(mission, onTime));
        await _admin.ReviewAsync(slug, "amber", Iso(Today.AddMonths(-7)));

        var overdue = await (await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&overdue=true", Ct)).ExpectAsync(HttpStatusCode.OK);
        var notOverdue = await (await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&overdue=false", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([slug], overdue.EnumerateArray().Select(i => i.Text("slug")));
        Assert.Equal([onTime], notOverdue.EnumerateArray().Select(i => i.Text("slug")));
    }

    [Fact]
    public async Task RecordReview_MissingFieldsAndUnknownRating_Returns400NamingEach()
    {
        var (_, _, slug) = await CreateAsync();

        var problem = await (await _admin.PostReviewAsync(slug, new { deliveryConfidence = "purple" })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["deliveryConfidence", "kpiStatus", "narrative", "recommendation", "viability"], problem.ErrorKeys());
        Assert.Contains("amber-red", problem.GetProperty("errors").GetProperty("deliveryConfidence")[0].GetString());
        Assert.Equal(JsonValueKind.Null, (await _anonymous.GetInitiativeAsync(slug)).GetProperty("deliveryConfidence").ValueKind);
    }

    [Fact]
    public async Task RecordReview_DatedInTheFuture_Returns400NamingReviewedOn()
    {
        var (_, _, slug) = await CreateAsync();

        var problem = await (await _admin.PostReviewAsync(slug, Review("green", Iso(Today.AddDays(2))))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["reviewedOn"], problem.ErrorKeys());
    }

    [Fact]
    public async Task RecordReview_ClosedInitiative_Returns400()
    {
        var (_, _, slug) = await CreateAsync();
        await _admin.DecideAsync(slug, Decision("stop").With("exitPlan", ExitPlan()));

        var problem = await (await _admin.PostReviewAsync(slug, Review("green"))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("closed", problem.GetProperty("errors").GetProperty("deliveryConfidence")[0].GetString());
    }

    [Fact]
    public async Task RecordReview_ClosedInitiativeLongPastDue_NotOverdue()
    {
        var (mission, _, slug) = await CreateAsync();
        await _admin.ReviewAsync(slug, "red", Iso(Today.AddMonths(-8)));
        Assert.True((await _anonymous.GetInitiativeAsync(slug)).GetProperty("reviewOverdue").GetBoolean());

        await _admin.DecideAsync(slug, Decision("stop").With("exitPlan", ExitPlan()));

        Assert.False((await _anonymous.GetInitiativeAsync(slug)).GetProperty("reviewOverdue").GetBoolean());
        Assert.False((await _anonymous.GetPortfolioAsync(mission)).GetProperty("initiatives").WithSlug(slug).GetProperty("reviewOverdue").GetBoolean());
    }

    [Fact]
    public async Task RecordReview_AsLead_Returns201()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var elsewhere = NewSlug("elsewhere");
        await factory.CreateOrganisationAsync(elsewhere);
        var lead = await factory.CreateContributorAsync(elsewhere);
        var slug = NewSlug("led");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug).With("leadEmail", lead.Email));
        using var client = factory.CreateApiClient(lead.Token);

        var review = await (await client.PostReviewAsync(slug, Review("amber"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(lead.Email, review.Text("reviewedBy"));
        Assert.Equal("amber", (await _anonymous.GetInitiativeAsync(slug)).Text("deliveryConfidence"));
    }

    [Fact]
    public async Task RecordReview_AsContributorOfOwnerOrganisation_Returns201()
    {
        var (_, organisation, slug) = await CreateAsync();
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        await (await client.PostReviewAsync(slug, Review("amber-green"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("amber-green", (await _anonymous.GetInitiativeAsync(slug)).Text("deliveryConfidence"));
    }

    [Fact]
    public async Task RecordReview_AsContributorOfAnotherOrganisation_Returns403()
    {
        var (_, _, slug) = await CreateAsync();
        var elsewhere = NewSlug("elsewhere");
        await factory.CreateOrganisationAsync(elsewhere);
        using var client = factory.CreateApiClient((await factory.CreateContributorAsync(elsewhere)).Token);

        await (await client.PostReviewAsync(slug, Review("red"))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Empty((await _anonymous.GetInitiativeAsync(slug)).GetProperty("reviews").EnumerateArray());
    }

    [Fact]
    public async Task RecordReview_Anonymous_Returns401()
    {
        var (_, _, slug) = await CreateAsync();

        var response = await _anonymous.PostReviewAsync(slug, Review("red"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty((await _anonymous.GetInitiativeAsync(slug)).GetProperty("reviews").EnumerateArray());
    }

    /// <summary>The overdue warning on the portfolio page: from its id to the end of its list.</summary>
    private static string OverdueList(string html)
    {
        var start = html.IndexOf("id=\"overdue-reviews\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no overdue list.");
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
