using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>
/// A mission's portfolio (<c>GET /api/v1/missions/{slug}/portfolio</c>) with its balance and the share rated red or
/// amber-red, what changed since a date, and the cross-mission list with its CSV and Excel exports.
/// </summary>
public sealed class PortfolioApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    /// <summary>
    /// Five initiatives, four open:
    ///   a pilot     enhancement       100 EUR           reviewed red
    ///   b scale     mission-oriented  300 EUR (secret)  reviewed amber-red
    ///   c pilot     adaptive          600 EUR           reviewed green
    ///   d idea      anticipatory      no budget         not reviewed
    ///   e stopped   enhancement      1000 EUR           reviewed red, then stopped
    /// Red or amber-red by count: a and b of 4 open = 0.5; by budget: (100 + 300) / (100 + 300 + 600) = 0.4.
    /// </summary>
    private async Task<(string Mission, string A, string B, string C, string D, string E)> CreateWorkedPortfolioAsync()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (a, b, c, d, e) = (NewSlug("a"), NewSlug("b"), NewSlug("c"), NewSlug("d"), NewSlug("e"));
        await _admin.CreateInitiativeAsync(Initiative(mission, a, "enhancement", "pilot", "Alpha").With("budget", Budget(100, "EUR")));
        await _admin.CreateInitiativeAsync(Initiative(mission, b, "mission-oriented", "scale", "Bravo").With("budget", Budget(300, "EUR")).With("budgetConfidential", true));
        await _admin.CreateInitiativeAsync(Initiative(mission, c, "adaptive", "pilot", "Charlie").With("budget", Budget(600, "EUR")));
        await _admin.CreateInitiativeAsync(Initiative(mission, d, "anticipatory", null, "Delta"));
        await _admin.CreateInitiativeAsync(Initiative(mission, e, "enhancement", "pilot", "Echo").With("budget", Budget(1000, "EUR")));
        await _admin.ReviewAsync(a, "red");
        await _admin.ReviewAsync(b, "amber-red");
        await _admin.ReviewAsync(c, "green");
        await _admin.ReviewAsync(e, "red");
        await _admin.DecideAsync(e, Decision("stop").With("exitPlan", ExitPlan()));
        return (mission, a, b, c, d, e);
    }

    [Fact]
    public async Task GetPortfolio_WorkedPortfolio_ReturnsInitiativesBalanceAndShareInContractShape()
    {
        var (mission, a, b, _, d, e) = await CreateWorkedPortfolioAsync();

        var portfolio = await _anonymous.GetPortfolioAsync(mission);

        portfolio.AssertHasProperties("initiatives", "balance", "redAmberShare");
        var initiatives = portfolio.GetProperty("initiatives");
        Assert.Equal(5, initiatives.GetArrayLength());
        var alpha = initiatives.WithSlug(a);
        alpha.AssertHasProperties("slug", "title", "stage", "innovationType", "deliveryConfidence", "budget", "nextReviewDue", "reviewOverdue");
        Assert.Equal("Alpha", alpha.Text("title"));
        Assert.Equal("pilot", alpha.Text("stage"));
        Assert.Equal("enhancement", alpha.Text("innovationType"));
        Assert.Equal("red", alpha.Text("deliveryConfidence"));
        Assert.Equal(100m, alpha.GetProperty("budget").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", alpha.GetProperty("budget").Text("currency"));
        Assert.Equal(Iso(Today.AddMonths(3)), alpha.Text("nextReviewDue"));
        Assert.False(alpha.GetProperty("reviewOverdue").GetBoolean());
        var bravo = initiatives.WithSlug(b);
        Assert.Equal("mission-oriented", bravo.Text("innovationType"));
        Assert.Equal("amber-red", bravo.Text("deliveryConfidence"));
        Assert.Equal(JsonValueKind.Null, initiatives.WithSlug(d).GetProperty("deliveryConfidence").ValueKind);
        Assert.Equal(JsonValueKind.Null, initiatives.WithSlug(d).GetProperty("budget").ValueKind);
        Assert.Equal("stopped", initiatives.WithSlug(e).Text("stage"));

        var balance = portfolio.GetProperty("balance");
        balance.AssertHasProperties("byStage", "byInnovationType", "byDeliveryConfidence");
        Assert.Equal(new Dictionary<string, int>
        {
            ["idea"] = 1,
            ["discovery"] = 0,
            ["pilot"] = 2,
            ["scale"] = 1,
            ["mainstreamed"] = 0,
            ["stopped"] = 1,
            ["repurposed"] = 0,
        }, balance.GetProperty("byStage").Counts());
        Assert.Equal(new Dictionary<string, int>
        {
            ["anticipatory"] = 1,
            ["enhancement"] = 2,
            ["adaptive"] = 1,
            ["mission-oriented"] = 1,
        }, balance.GetProperty("byInnovationType").Counts());
        // Open initiatives only: the stopped one's red rating no longer counts.
        Assert.Equal(new Dictionary<string, int>
        {
            ["green"] = 1,
            ["amber-green"] = 0,
            ["amber"] = 0,
            ["amber-red"] = 1,
            ["red"] = 1,
            ["unrated"] = 1,
        }, balance.GetProperty("byDeliveryConfidence").Counts());

        var share = portfolio.GetProperty("redAmberShare");
        share.AssertHasProperties("byCount", "byBudget");
        // By count: 2 of 4 open = 0.5. By budget the public gets nothing: with the confidential 300 left out
        // the share would mislead, and with it in, the hidden amount could be worked out.
        Assert.Equal(0.5, share.GetProperty("byCount").GetDouble(), 10);
        Assert.Equal(JsonValueKind.Null, share.GetProperty("byBudget").ValueKind);
    }

    [Fact]
    public async Task GetPortfolio_SignedInStaff_ShareByBudgetCountsConfidentialAmounts()
    {
        var (mission, _, _, _, _, _) = await CreateWorkedPortfolioAsync();

        var share = (await _admin.GetPortfolioAsync(mission)).GetProperty("redAmberShare");

        // (100 + 300) / (100 + 300 + 600) = 0.4: the confidential 300 counts, the stopped initiative's 1000 does not.
        Assert.Equal(0.4, share.GetProperty("byBudget").GetDouble(), 10);
    }

    [Fact]
    public async Task GetPortfolio_ConfidentialBudget_AmountHiddenFromAnonymousShownToAdmin()
    {
        var (mission, _, b, _, _, _) = await CreateWorkedPortfolioAsync();

        var forPublic = (await _anonymous.GetPortfolioAsync(mission)).GetProperty("initiatives").WithSlug(b).GetProperty("budget");
        var forAdmin = (await _admin.GetPortfolioAsync(mission)).GetProperty("initiatives").WithSlug(b).GetProperty("budget");

        Assert.Equal(JsonValueKind.Null, forPublic.GetProperty("amount").ValueKind);
        Assert.Equal("EUR", forPublic.Text("currency"));
        Assert.Equal(300m, forAdmin.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task GetPortfolio_NoInitiatives_SharesNullAndCountsZero()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var portfolio = await _anonymous.GetPortfolioAsync(mission);

        Assert.Empty(portfolio.GetProperty("initiatives").EnumerateArray());
        Assert.All(portfolio.GetProperty("balance").GetProperty("byStage").Counts().Values, v => Assert.Equal(0, v));
        Assert.Equal(JsonValueKind.Null, portfolio.GetProperty("redAmberShare").GetProperty("byCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, portfolio.GetProperty("redAmberShare").GetProperty("byBudget").ValueKind);
    }

    [Fact]
    public async Task GetPortfolio_UnknownMission_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/missions/{NewSlug("missing")}/portfolio", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetPortfolio_DraftMission_HiddenFromAnonymous()
    {
        var mission = NewSlug("draft");
        await _admin.CreateMissionAsync(Mission(mission, status: null));

        await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/portfolio", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _admin.GetAsync($"/api/v1/missions/{mission}/portfolio", Ct)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetPortfolioChanges_SinceToday_ListsOpeningsDecisionsAndReviews()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var slug = NewSlug("changed");
        await _admin.CreateInitiativeAsync(Initiative(mission, slug, title: "Changed"));
        await _admin.DecideAsync(slug, Decision("advance", rationale: "Worth exploring."));
        await _admin.ReviewAsync(slug, "amber");

        var changes = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/portfolio/changes?since={Iso(Today)}", Ct)).ExpectAsync(HttpStatusCode.OK);

        var items = changes.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, c => c.AssertHasProperties("at", "kind", "initiativeSlug", "initiativeTitle", "text"));
        Assert.All(items, c => Assert.Equal(slug, c.Text("initiativeSlug")));
        Assert.Equal(["gate-decision", "initiative-opened", "review"], items.Select(c => c.Text("kind")).Order(StringComparer.Ordinal));
        var decision = Assert.Single(items, c => c.Text("kind") == "gate-decision");
        Assert.Contains("advance: idea → discovery. Worth exploring.", decision.Text("text"));
        Assert.Contains("amber", Assert.Single(items, c => c.Text("kind") == "review").Text("text"));
        // Newest first.
        var times = items.Select(c => c.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task GetPortfolioChanges_SinceTomorrow_Empty()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        await _admin.CreateInitiativeAsync(Initiative(mission, NewSlug("old")));

        var changes = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/portfolio/changes?since={Iso(Today.AddDays(1))}", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty(changes.EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?since=yesterday")]
    public async Task GetPortfolioChanges_NoOrBadDate_Returns400NamingSince(string query)
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var problem = await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/portfolio/changes{query}", Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["since"], problem.ErrorKeys());
    }

    [Fact]
    public async Task ListInitiatives_StageFilter_ListsOnlyThatStageAcrossMissions()
    {
        var (first, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (second, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (pilotOne, pilotTwo, idea) = (NewSlug("pilot"), NewSlug("pilot"), NewSlug("idea"));
        await _admin.CreateInitiativeAsync(Initiative(first, pilotOne, stage: "pilot"));
        await _admin.CreateInitiativeAsync(Initiative(second, pilotTwo, stage: "pilot"));
        await _admin.CreateInitiativeAsync(Initiative(first, idea));

        var list = await (await _anonymous.GetAsync("/api/v1/initiatives?stage=pilot", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.All(list.EnumerateArray(), i => Assert.Equal("pilot", i.Text("stage")));
        Assert.Equal(first, list.WithSlug(pilotOne).Text("missionSlug"));
        Assert.Equal(second, list.WithSlug(pilotTwo).Text("missionSlug"));
        Assert.DoesNotContain(list.EnumerateArray(), i => i.Text("slug") == idea);
    }

    [Fact]
    public async Task ListInitiatives_MissionTypeAndConfidenceFilters_Combine()
    {
        var (mission, a, _, c, _, _) = await CreateWorkedPortfolioAsync();

        async Task<IEnumerable<string>> SlugsAsync(string query) =>
            (await (await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&{query}", Ct)).ExpectAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(i => i.Text("slug"));

        Assert.Equal([a], await SlugsAsync("stage=pilot&deliveryConfidence=red"));
        Assert.Equal([c], await SlugsAsync("innovationType=adaptive"));
        Assert.Equal(5, (await SlugsAsync("")).Count());
    }

    [Fact]
    public async Task ListInitiatives_UnknownStage_Returns400NamingStage()
    {
        var problem = await (await _anonymous.GetAsync("/api/v1/initiatives?stage=launched&innovationType=radical", Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["innovationType", "stage"], problem.ErrorKeys());
    }

    [Fact]
    public async Task ListInitiatives_Csv_HeaderAndRowsWithConfidentialAmountHiddenFromAnonymous()
    {
        var (mission, _, b, _, _, _) = await CreateWorkedPortfolioAsync();

        var response = await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&stage=scale&format=csv", Ct);
        var forAdmin = await _admin.GetAsync($"/api/v1/initiatives?mission={mission}&stage=scale&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var (header, rows) = Csv(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["mission", "initiative", "title", "stage", "innovationType", "deliveryConfidence", "budgetAmount", "budgetCurrency",
            "nextReviewDue", "reviewOverdue", "ownerOrganisation", "lead", "predatesMission"], header);
        var bravo = Assert.Single(rows);
        Assert.Equal(mission, bravo["mission"]);
        Assert.Equal(b, bravo["initiative"]);
        Assert.Equal("Bravo", bravo["title"]);
        Assert.Equal("scale", bravo["stage"]);
        Assert.Equal("mission-oriented", bravo["innovationType"]);
        Assert.Equal("amber-red", bravo["deliveryConfidence"]);
        Assert.Equal("", bravo["budgetAmount"]);
        Assert.Equal("EUR", bravo["budgetCurrency"]);
        Assert.Equal(Iso(Today.AddMonths(3)), bravo["nextReviewDue"]);
        Assert.Equal("false", bravo["reviewOverdue"]);
        Assert.Equal("false", bravo["predatesMission"]);
        var (_, adminRows) = Csv(await forAdmin.Content.ReadAsStringAsync(Ct));
        Assert.Equal(300m, decimal.Parse(Assert.Single(adminRows)["budgetAmount"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ListInitiatives_StagePilotAsCsv_ListsPilotsOnly()
    {
        var (mission, a, _, c, d, _) = await CreateWorkedPortfolioAsync();

        var response = await _anonymous.GetAsync("/api/v1/initiatives?stage=pilot&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, rows) = Csv(await response.Content.ReadAsStringAsync(Ct));
        Assert.All(rows, r => Assert.Equal("pilot", r["stage"]));
        var mine = rows.Where(r => r["mission"] == mission).ToList();
        Assert.Equal(new[] { a, c }.Order(StringComparer.Ordinal), mine.Select(r => r["initiative"]).Order(StringComparer.Ordinal));
        Assert.Equal(100m, decimal.Parse(Assert.Single(mine, r => r["initiative"] == a)["budgetAmount"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, r => r["initiative"] == d);
    }

    [Fact]
    public async Task ListInitiatives_Xlsx_WorkbookWithTheSameColumnsAndRows()
    {
        var (mission, a, _, _, _, _) = await CreateWorkedPortfolioAsync();

        var response = await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&stage=pilot&format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        var alpha = Assert.Single(rows, r => (string?)r["initiative"] == a);
        Assert.Equal(mission, alpha["mission"]);
        Assert.Equal("Alpha", alpha["title"]);
        Assert.Equal("pilot", alpha["stage"]);
        Assert.Equal("red", alpha["deliveryConfidence"]);
        Assert.Equal(100m, Convert.ToDecimal(alpha["budgetAmount"], CultureInfo.InvariantCulture));
        Assert.Equal("EUR", alpha["budgetCurrency"]);
    }

    [Fact]
    public async Task ListInitiatives_XlsxNothingMatches_WorkbookWithHeaderOnly()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var bytes = await (await _anonymous.GetAsync($"/api/v1/initiatives?mission={mission}&format=xlsx", Ct)).Content.ReadAsByteArrayAsync(Ct);

        using var stream = new MemoryStream(bytes);
        var header = Assert.Single(stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>());
        Assert.Equal("mission", header["A"]);
        Assert.Equal("budgetAmount", header["G"]);
    }

    /// <summary>Reads a CSV download into its header and one dictionary per row, keyed by column.</summary>
    private static (List<string> Header, List<Dictionary<string, string>> Rows) Csv(string text)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        Assert.True(parser.Read(), "The CSV is empty.");
        var header = parser.Record!.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read())
        {
            rows.Add(header.Zip(parser.Record!).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return (header, rows);
    }
}
