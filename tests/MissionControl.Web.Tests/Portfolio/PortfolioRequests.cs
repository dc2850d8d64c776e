using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Portfolio;

/// <summary>Request bodies and calls for the portfolio API (initiatives, gate decisions, reviews, experiments), as a client writes them.</summary>
internal static class PortfolioRequests
{
    public const HttpStatusCode Unprocessable = (HttpStatusCode)422;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An initiative with only the required fields (and the stage when given).</summary>
    public static Dictionary<string, object?> Initiative(string missionSlug, string slug, string innovationType = "enhancement", string? stage = null, string? title = null) => new()
    {
        ["slug"] = slug,
        ["missionSlug"] = missionSlug,
        ["title"] = title ?? $"Initiative {slug}",
        ["innovationType"] = innovationType,
        ["stage"] = stage,
    };

    public static Dictionary<string, object?> Budget(decimal amount, string currency) => new() { ["amount"] = amount, ["currency"] = currency };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string name, object? value)
    {
        body[name] = value;
        return body;
    }

    public static Dictionary<string, object?> Decision(string decision, string? toStage = null, string? rationale = "The evidence supports it.") => new()
    {
        ["decision"] = decision,
        ["toStage"] = toStage,
        ["rationale"] = rationale,
        ["evidence"] = new[] { "https://example.org/gate-review.pdf" },
    };

    public static Dictionary<string, object?> ExitPlan() => new()
    {
        ["kept"] = "The booking platform",
        ["people"] = "The team joins the agency's digital unit",
        ["assets"] = "Licences transferred to the agency",
        ["learning"] = "Final report published",
    };

    public static Dictionary<string, object?> Review(string rating, string? reviewedOn = null) => new()
    {
        ["kpiStatus"] = "2 of 3 KPIs on track",
        ["viability"] = "Can stand on its own once the licence is renewed",
        ["deliveryConfidence"] = rating,
        ["narrative"] = "Recruitment is behind plan.",
        ["recommendation"] = "Continue, with a recovery plan.",
        ["reviewedOn"] = reviewedOn,
    };

    public static Task<HttpResponseMessage> PostInitiativeAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/initiatives", body, Ct);

    public static async Task<JsonElement> CreateInitiativeAsync(this HttpClient client, Dictionary<string, object?> body) =>
        await (await client.PostInitiativeAsync(body)).ExpectAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutInitiativeAsync(this HttpClient client, string slug, object body) =>
        client.PutAsJsonAsync($"/api/v1/initiatives/{slug}", body, Ct);

    public static async Task<JsonElement> GetInitiativeAsync(this HttpClient client, string slug) =>
        await (await client.GetAsync($"/api/v1/initiatives/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PostDecisionAsync(this HttpClient client, string slug, object body) =>
        client.PostAsJsonAsync($"/api/v1/initiatives/{slug}/gate-decisions", body, Ct);

    public static async Task DecideAsync(this HttpClient client, string slug, object body) =>
        await (await client.PostDecisionAsync(slug, body)).ExpectAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostReviewAsync(this HttpClient client, string slug, object body) =>
        client.PostAsJsonAsync($"/api/v1/initiatives/{slug}/reviews", body, Ct);

    public static async Task ReviewAsync(this HttpClient client, string slug, string rating, string? reviewedOn = null) =>
        await (await client.PostReviewAsync(slug, Review(rating, reviewedOn))).ExpectAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> GetPortfolioAsync(this HttpClient client, string missionSlug) =>
        await (await client.GetAsync($"/api/v1/missions/{missionSlug}/portfolio", Ct)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>An active mission and an organisation to own its initiatives; returns their slugs.</summary>
    public static async Task<(string Mission, string Organisation)> CreateMissionAndOrganisationAsync(this MissionControlFactory factory, HttpClient admin, Dictionary<string, object?>? mission = null)
    {
        var missionSlug = NewSlug("mission");
        var organisation = NewSlug("agency");
        await admin.CreateMissionAsync(mission?.With("slug", missionSlug) ?? Mission(missionSlug));
        await factory.CreateOrganisationAsync(organisation);
        return (missionSlug, organisation);
    }

    public static Task<int> InitiativeIdAsync(this MissionControlFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync(Ct));

    public static Dictionary<string, JsonElement> ToDictionary(this JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    public static Dictionary<string, int> Counts(this JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
}
