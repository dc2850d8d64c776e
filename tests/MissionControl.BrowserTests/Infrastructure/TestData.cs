using System.Globalization;
using System.Net.Http.Json;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>A mission created for one test, with its key figure.</summary>
public sealed record TestMission(string Slug, string Title, string OwnerTitle, string IndicatorSlug, string IndicatorName, string Unit);

/// <summary>One observation as the API lists it.</summary>
public sealed record ApiObservation(string Period, double Value, string? Breakdown, IReadOnlyList<string> Flags);

/// <summary>An account created for one test, with the password to sign in with.</summary>
public sealed record TestUser(string Email, string Password, string DisplayName);

/// <summary>An initiative created for one test.</summary>
public sealed record TestInitiative(string Slug, string Title);

/// <summary>An initiative as the API shows it (the parts the tests read).</summary>
public sealed record ApiInitiative(string Slug, string Stage, DateOnly NextReviewDue, bool ReviewOverdue);

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

    /// <summary>A mission owner of the one mission, signing in with a known password.</summary>
    public async Task<TestUser> CreateMissionOwnerAsync(string missionSlug)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var user = new TestUser($"owner-{id}@browser-tests.example", "Owner-browser-passw0rd", $"Mission owner {id}");
        await PostAsync("/api/v1/users", new
        {
            email = user.Email,
            displayName = user.DisplayName,
            password = user.Password,
            role = "mission-owner",
            missionSlugs = new[] { missionSlug },
        }, TestContext.Current.CancellationToken);
        return user;
    }

    /// <summary>An initiative of the mission, opened at <paramref name="stage"/> (idea, discovery, pilot or scale).</summary>
    public async Task<TestInitiative> CreateInitiativeAsync(string missionSlug, string name, string stage)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var initiative = new TestInitiative($"browser-{name}-{id}", $"Browser test initiative {name} {id}");
        await PostAsync("/api/v1/initiatives", new
        {
            slug = initiative.Slug,
            missionSlug,
            title = initiative.Title,
            summary = "Heat pumps fitted street by street, with the council as the single point of contact.",
            innovationType = "mission-oriented",
            stage,
        }, TestContext.Current.CancellationToken);
        return initiative;
    }

    /// <summary>A review of the initiative on <paramref name="reviewedOn"/> with the rating <paramref name="deliveryConfidence"/>.</summary>
    public async Task RecordReviewAsync(string initiativeSlug, DateOnly reviewedOn, string deliveryConfidence) =>
        await PostAsync($"/api/v1/initiatives/{initiativeSlug}/reviews", new
        {
            kpiStatus = "2 of 3 KPIs on track",
            viability = "Could stand on its own with the council's budget.",
            deliveryConfidence,
            narrative = "Installations ahead of plan; supply of installers is the risk.",
            recommendation = "Continue.",
            reviewedOn = reviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, TestContext.Current.CancellationToken);

    public async Task<ApiInitiative> InitiativeAsync(string slug) =>
        await api.GetFromJsonAsync<ApiInitiative>($"/api/v1/initiatives/{slug}", TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"GET /api/v1/initiatives/{slug} answered nothing.");

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
