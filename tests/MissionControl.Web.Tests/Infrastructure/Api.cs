using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MissionControl.Web.Tests.Infrastructure;

/// <summary>Request bodies and response reading for the API v1, written as a client would.</summary>
public static class Api
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A slug no other test uses: tests share one app and database.</summary>
    public static string NewSlug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A mission body with every required field; <paramref name="status"/> null leaves it out (draft).</summary>
    public static Dictionary<string, object?> Mission(string slug, string? status = "active", string? title = null) => new()
    {
        ["slug"] = slug,
        ["title"] = title ?? $"Mission {slug}",
        ["landmark"] = "Half the emissions of 2010 by 2030",
        ["level"] = "national",
        ["deadline"] = "2030-12-31",
        ["status"] = status,
    };

    /// <summary>The worked example: baseline 100 in 2010, target 50 in 2030, the figure should decrease.</summary>
    public static Dictionary<string, object?> KeyFigure(string missionSlug, string slug) => new()
    {
        ["slug"] = slug,
        ["missionSlug"] = missionSlug,
        ["role"] = "key",
        ["name"] = "Greenhouse gas emissions",
        ["unit"] = "Mt CO2e",
        ["direction"] = "decrease",
        ["baseline"] = Point("2010", 100),
        ["target"] = Point("2030", 50),
        ["milestones"] = new[] { Point("2020", 80), Point("2025", 65) },
    };

    public static Dictionary<string, object?> Point(string period, double value) => new() { ["period"] = period, ["value"] = value };

    public static Dictionary<string, object?> Observation(string period, double? value, string? breakdown = null) => new()
    {
        ["period"] = period,
        ["value"] = value,
        ["breakdown"] = breakdown,
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the status and returns the JSON body, showing the body when the status is wrong.</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"Expected {(int)status} {status}, got {(int)response.StatusCode} {response.StatusCode}: {text}");
        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorKeys(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> PropertyNames(this JsonElement element) =>
        [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Asserts that the object has each of these properties, spelled exactly so (other properties may follow).</summary>
    public static void AssertHasProperties(this JsonElement element, params string[] names)
    {
        var present = element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = names.Where(n => !present.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"Missing {string.Join(", ", missing)} in {{{string.Join(", ", present)}}}.");
    }

    /// <summary>The element of a JSON array whose <c>slug</c> is <paramref name="slug"/>.</summary>
    public static JsonElement WithSlug(this JsonElement array, string slug) =>
        Assert.Single(array.EnumerateArray(), e => e.Text("slug") == slug);

    public static Task<HttpResponseMessage> PostMissionAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/missions", body, Ct);

    public static Task<HttpResponseMessage> PostIndicatorAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/indicators", body, Ct);

    public static Task<HttpResponseMessage> PostObservationsAsync(this HttpClient client, string indicatorSlug, object rows) =>
        client.PostAsJsonAsync($"/api/v1/indicators/{indicatorSlug}/observations", rows, Ct);

    public static async Task CreateMissionAsync(this HttpClient client, Dictionary<string, object?> body) =>
        await (await client.PostMissionAsync(body)).ExpectAsync(HttpStatusCode.Created);

    /// <summary>An active mission with the worked-example key figure; returns (missionSlug, indicatorSlug).</summary>
    public static async Task<(string Mission, string Indicator)> CreateMissionWithKeyFigureAsync(this HttpClient client, string? status = "active")
    {
        var mission = NewSlug("mission");
        var indicator = NewSlug("emissions");
        await client.CreateMissionAsync(Mission(mission, status));
        await (await client.PostIndicatorAsync(KeyFigure(mission, indicator))).ExpectAsync(HttpStatusCode.Created);
        return (mission, indicator);
    }
}
