using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Governance;

/// <summary>Request bodies and calls for governance bodies and stocktakes, as a client writes them.</summary>
internal static class GovernanceRequests
{
    public static Dictionary<string, object?> Member(string name, string? organisation = null, string? role = null, params string[] initiativeSlugs) => new()
    {
        ["name"] = name,
        ["organisation"] = organisation,
        ["role"] = role,
        ["initiativeSlugs"] = initiativeSlugs,
    };

    public static Dictionary<string, object?> Body(string kind, string name, int? reportsToId = null, string? cadence = null, params Dictionary<string, object?>[] members) => new()
    {
        ["kind"] = kind,
        ["name"] = name,
        ["mandate"] = $"The mandate of {name}",
        ["cadence"] = cadence,
        ["reportsToId"] = reportsToId,
        ["members"] = members,
    };

    public static Task<HttpResponseMessage> PostBodyAsync(this HttpClient client, string missionSlug, object body) =>
        client.PostAsJsonAsync($"/api/v1/missions/{missionSlug}/governance/bodies", body, Ct);

    public static async Task<JsonElement> CreateBodyAsync(this HttpClient client, string missionSlug, object body) =>
        await (await client.PostBodyAsync(missionSlug, body)).ExpectAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutBodyAsync(this HttpClient client, int id, object body) =>
        client.PutAsJsonAsync($"/api/v1/governance/bodies/{id}", body, Ct);

    public static async Task<JsonElement> GetGovernanceAsync(this HttpClient client, string missionSlug) =>
        await (await client.GetAsync($"/api/v1/missions/{missionSlug}/governance", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PostStocktakeAsync(this HttpClient client, string missionSlug, string? date, int? bodyId = null) =>
        client.PostAsJsonAsync($"/api/v1/missions/{missionSlug}/stocktakes", new Dictionary<string, object?> { ["date"] = date, ["bodyId"] = bodyId }, Ct);

    public static async Task<JsonElement> ScheduleStocktakeAsync(this HttpClient client, string missionSlug, DateOnly date, int? bodyId = null) =>
        await (await client.PostStocktakeAsync(missionSlug, Portfolio.PortfolioRequests.Iso(date), bodyId)).ExpectAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> GetStocktakeAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/v1/stocktakes/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PostStocktakeDecisionAsync(this HttpClient client, int stocktakeId, string text, bool isPublic = false, string? owner = "Ministry of Climate", string? due = null) =>
        client.PostAsJsonAsync($"/api/v1/stocktakes/{stocktakeId}/decisions",
            new Dictionary<string, object?> { ["text"] = text, ["owner"] = owner, ["due"] = due, ["public"] = isPublic }, Ct);

    public static async Task<int> DecideAtAsync(this HttpClient client, int stocktakeId, string text, bool isPublic = false) =>
        (await (await client.PostStocktakeDecisionAsync(stocktakeId, text, isPublic)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> PatchDecisionAsync(this HttpClient client, int decisionId, object change) =>
        client.PatchAsJsonAsync($"/api/v1/stocktake-decisions/{decisionId}", change, Ct);

    public static int Id(this JsonElement element) => element.GetProperty("id").GetInt32();

    /// <summary>The agenda as (kind, subject) pairs, in order.</summary>
    public static List<(string Kind, string Subject)> Agenda(this JsonElement stocktake) =>
        [.. stocktake.GetProperty("agenda").EnumerateArray().Select(a => (a.Text("kind"), a.Text("subject")))];
}
