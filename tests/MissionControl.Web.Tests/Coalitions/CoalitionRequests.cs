using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary>Request bodies and calls for organisations, pledges, deliveries and stakeholders, as a client writes them.</summary>
internal static class CoalitionRequests
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Iso(DateOnly date) => Portfolio.PortfolioRequests.Iso(date);

    public static Dictionary<string, object?> Organisation(string slug, string sector = "foundation", string? parentSlug = null, string? name = null) => new()
    {
        ["slug"] = slug,
        ["name"] = name ?? $"Organisation {slug}",
        ["sector"] = sector,
        ["parentSlug"] = parentSlug,
        ["country"] = "DK",
        ["website"] = "https://example.org/",
    };

    /// <summary>A pledge whose period runs from a month ago to a year from now, so it makes its organisation active.</summary>
    public static Dictionary<string, object?> Pledge(string organisationSlug, string kind = "funding", decimal quantity = 1_000_000m, string unit = "DKK",
        DateOnly? from = null, DateOnly? to = null, string? initiativeSlug = null) => new()
        {
            ["organisationSlug"] = organisationSlug,
            ["kind"] = kind,
            ["quantity"] = quantity,
            ["unit"] = unit,
            ["from"] = Iso(from ?? Today.AddMonths(-1)),
            ["to"] = Iso(to ?? Today.AddYears(1)),
            ["initiativeSlug"] = initiativeSlug,
        };

    public static Dictionary<string, object?> Delivery(decimal quantity, DateOnly? date = null, string evidence = "https://example.org/annual-report") => new()
    {
        ["date"] = Iso(date ?? Today.AddDays(-7)),
        ["quantity"] = quantity,
        ["evidence"] = evidence,
    };

    public static Dictionary<string, object?> Stakeholder(string name, int interest = 4, int influence = 2, string effect = "negatively-affected",
        bool futureGenerations = false, string? organisationSlug = null) => new()
        {
            ["name"] = name,
            ["organisationSlug"] = organisationSlug,
            ["interest"] = interest,
            ["influence"] = influence,
            ["effect"] = effect,
            ["futureGenerations"] = futureGenerations,
            ["notes"] = "Notes",
        };

    public static Task<HttpResponseMessage> PostOrganisationAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/organisations", body, Ct);

    public static async Task<JsonElement> CreateOrganisationAsync(this HttpClient client, Dictionary<string, object?> body) =>
        await (await client.PostOrganisationAsync(body)).ExpectAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostPledgeAsync(this HttpClient client, string missionSlug, object body) =>
        client.PostAsJsonAsync($"/api/v1/missions/{missionSlug}/pledges", body, Ct);

    public static async Task<int> PledgeAsync(this HttpClient client, string missionSlug, Dictionary<string, object?> body) =>
        (await (await client.PostPledgeAsync(missionSlug, body)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> PostDeliveryAsync(this HttpClient client, int pledgeId, object body) =>
        client.PostAsJsonAsync($"/api/v1/pledges/{pledgeId}/deliveries", body, Ct);

    public static async Task<int> DeliverAsync(this HttpClient client, int pledgeId, Dictionary<string, object?> body) =>
        (await (await client.PostDeliveryAsync(pledgeId, body)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> PostVerifyAsync(this HttpClient client, int deliveryId) =>
        client.PostAsync($"/api/v1/deliveries/{deliveryId}/verify", null, Ct);

    public static async Task<JsonElement> VerifyAsync(this HttpClient client, int deliveryId) =>
        await (await client.PostVerifyAsync(deliveryId)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> CoalitionAsync(this HttpClient client, string missionSlug) =>
        await (await client.GetAsync($"/api/v1/missions/{missionSlug}/coalition", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> GetPledgeAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/v1/pledges/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static JsonElement Member(this JsonElement coalition, string organisationSlug) =>
        Assert.Single(coalition.GetProperty("members").EnumerateArray(), m => m.Text("organisationSlug") == organisationSlug);

    /// <summary>A list of {kind, quantity, unit} as "kind quantity unit" lines, e.g. "funding 1000000 DKK".</summary>
    public static List<string> Amounts(this JsonElement amounts) =>
        [.. amounts.EnumerateArray().Select(a => $"{a.Text("kind")} {a.GetProperty("quantity").GetDecimal():0.##} {a.Text("unit")}")];

    /// <summary>A mission and an organisation (a foundation) created through the API.</summary>
    public static async Task<(string Mission, string Organisation)> CreateMissionAndFoundationAsync(this HttpClient admin)
    {
        var mission = NewSlug("mission");
        var organisation = NewSlug("foundation");
        await admin.CreateMissionAsync(Mission(mission));
        await admin.CreateOrganisationAsync(Organisation(organisation));
        return (mission, organisation);
    }
}
