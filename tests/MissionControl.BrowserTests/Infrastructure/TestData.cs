using System.Net.Http.Json;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>A mission created for one test, with its key figure.</summary>
public sealed record TestMission(string Slug, string Title, string OwnerTitle, string IndicatorSlug, string IndicatorName, string Unit);

/// <summary>One observation as the API lists it.</summary>
public sealed record ApiObservation(string Period, double Value, string? Breakdown, IReadOnlyList<string> Flags);

/// <summary>Arranges data through the public API with the bootstrap token, so each test controls its own numbers.</summary>
public sealed class TestData(HttpClient api)
{
    /// <summary>
    /// An active mission whose key figure should rise from 100 (2020) to 200 (2030), observed at 100 in 2020 and
    /// 150 in 2022. Required growth 2^(1/10) − 1 = 7.18% a year; observed (150/100)^(1/2) − 1 = 22.5% a year,
    /// ratio 3.1 ≥ 0.95: on track.
    /// </summary>
    public async Task<TestMission> CreateOnTrackMissionAsync(string name)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var mission = new TestMission(
            Slug: $"browser-{name}-{id}",
            Title: $"Browser test mission {name} {id}",
            OwnerTitle: $"Minister for browser tests {id}",
            IndicatorSlug: $"browser-{name}-{id}-homes",
            IndicatorName: $"Homes retrofitted {id}",
            Unit: "thousand homes");
        var ct = TestContext.Current.CancellationToken;

        await PostAsync("/api/v1/missions", new
        {
            slug = mission.Slug,
            title = mission.Title,
            landmark = "By 2030 twice as many homes are retrofitted as in 2020.",
            level = "national",
            deadline = "2030-12-31",
            status = "active",
            ownerTitle = mission.OwnerTitle,
        }, ct);
        await PostAsync("/api/v1/indicators", new
        {
            slug = mission.IndicatorSlug,
            missionSlug = mission.Slug,
            role = "key",
            name = mission.IndicatorName,
            unit = mission.Unit,
            direction = "increase",
            baseline = new { period = "2020", value = 100 },
            target = new { period = "2030", value = 200 },
            frequency = "annual",
        }, ct);
        await PostAsync($"/api/v1/indicators/{mission.IndicatorSlug}/observations", new[]
        {
            new { period = "2020", value = 100.0 },
            new { period = "2022", value = 150.0 },
        }, ct);
        return mission;
    }

    public async Task<List<ApiObservation>> ObservationsAsync(string indicatorSlug) =>
        await api.GetFromJsonAsync<List<ApiObservation>>($"/api/v1/indicators/{indicatorSlug}/observations", TestContext.Current.CancellationToken) ?? [];

    private async Task PostAsync(string path, object body, CancellationToken ct)
    {
        using var response = await api.PostAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    }
}
