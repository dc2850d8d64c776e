using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Auditing;

/// <summary>
/// Every change through the API leaves an audit entry with the values before and after, read back through
/// the administrators' history API (<c>GET /api/v1/audit</c>). Entity ids are not in the public API, so
/// the tests look them up in the database.
/// </summary>
public sealed class AuditTrailTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();

    [Fact]
    public async Task CreateMission_WritesCreatedEntryWithTheNewKeyAndValues()
    {
        var slug = NewSlug("audited");

        await _admin.CreateMissionAsync(Mission(slug));

        var id = await MissionIdAsync(slug);
        var entry = Assert.Single(await HistoryAsync("Mission", id));
        entry.AssertHasProperties("at", "userName", "entityType", "entityId", "action", "before", "after");
        Assert.Equal("created", entry.Text("action"));
        Assert.Equal(id, entry.Text("entityId"));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        Assert.Equal(slug, Field(entry, "after", "Slug"));
        Assert.Equal(MissionControlFactory.AdminEmail, entry.Text("userName"));
    }

    [Fact]
    public async Task UpdateMission_WritesUpdatedEntryWithBeforeAndAfter()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug, title: "Old title"));

        await (await _admin.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "New title"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var history = await HistoryAsync("Mission", await MissionIdAsync(slug));
        Assert.Equal(["updated", "created"], history.Select(e => e.Text("action")));
        var update = history[0];
        Assert.Equal("Old title", Field(update, "before", "Title"));
        Assert.Equal("New title", Field(update, "after", "Title"));
        Assert.Equal(MissionControlFactory.AdminEmail, update.Text("userName"));
    }

    [Fact]
    public async Task UpdateMission_AsOwner_RecordsTheOwnerAsAuthor()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        await (await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "By the owner"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var update = Assert.Single(await HistoryAsync("Mission", await MissionIdAsync(slug)), e => e.Text("action") == "updated");
        Assert.Equal(owner.Email, update.Text("userName"));
        var stored = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Id == update.GetProperty("id").GetInt64(), Ct));
        Assert.Equal(owner.Id, stored.UserId);
    }

    [Fact]
    public async Task RecordObservations_WritesEntriesForEachObservationAndTheReassessedIndicator()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();

        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", 80) })).ExpectAsync(HttpStatusCode.OK);

        var (indicatorId, observationIds) = await factory.WithDbAsync(async db =>
        {
            var id = await db.Indicators.Where(i => i.Slug == indicator).Select(i => i.Id).SingleAsync(Ct);
            var ids = await db.Observations.Where(o => o.IndicatorId == id).OrderBy(o => o.Period).Select(o => o.Id).ToListAsync(Ct);
            return (id, ids);
        });
        Assert.Equal(2, observationIds.Count);
        foreach (var (observationId, value) in observationIds.Zip([90.0, 80.0]))
        {
            var entry = Assert.Single(await HistoryAsync("Observation", observationId.ToString(CultureInfo.InvariantCulture)));
            Assert.Equal("created", entry.Text("action"));
            Assert.Equal(value, Json(entry, "after").GetProperty("Value").GetDouble());
        }

        var history = await HistoryAsync("Indicator", indicatorId.ToString(CultureInfo.InvariantCulture));
        var reassessed = Assert.Single(history, e => e.Text("action") == "updated");
        var assessment = Json(reassessed, "after").GetProperty("Assessment");
        // The stored assessment after the batch: latest 2020 = 80, ratio 0.6478 (see the indicators' worked example).
        Assert.Equal(80, assessment.GetProperty("LatestValue").GetDouble());
        Assert.Equal(0.6478, assessment.GetProperty("Ratio").GetDouble(), 4);
    }

    [Fact]
    public async Task RecordObservations_RejectedBatch_WritesNoEntry()
    {
        var (_, indicator) = await _admin.CreateMissionWithKeyFigureAsync();
        var indicatorId = await factory.WithDbAsync(db => db.Indicators.Where(i => i.Slug == indicator).Select(i => i.Id).SingleAsync(Ct));
        var entityId = indicatorId.ToString(CultureInfo.InvariantCulture);
        var before = await HistoryAsync("Indicator", entityId);

        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", null) })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(before.Count, (await HistoryAsync("Indicator", entityId)).Count);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Observations.CountAsync(o => o.IndicatorId == indicatorId, Ct)));
        var ofThisIndicator = $"\"IndicatorId\":{entityId},";
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Observation" && e.After!.Contains(ofThisIndicator), Ct)));
    }

    [Fact]
    public async Task UpdateMission_Refused_WritesNoEntry()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug));

        await (await _admin.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: ""), Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.DoesNotContain(await HistoryAsync("Mission", await MissionIdAsync(slug)), e => e.Text("action") == "updated");
    }

    [Fact]
    public async Task DataProtectionKeys_StoredInDatabase_NeverEnterTheAuditTrail()
    {
        using var anonymous = factory.CreateAnonymousClient();

        // The sign-in form carries an antiforgery token, which needs a data-protection key.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/account/login", Ct)).StatusCode);

        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Id).ToListAsync(Ct));
        Assert.NotEmpty(keys);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "DataProtectionKey", Ct)));
        Assert.Empty(await HistoryAsync("DataProtectionKey", keys[0].ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task History_WithoutToken_Returns401WithoutRedirect()
    {
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/api/v1/audit?entityType=Mission&entityId=1", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task History_AsMissionOwner_Returns403()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        var response = await client.GetAsync($"/api/v1/audit?entityType=Mission&entityId={await MissionIdAsync(slug)}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task HistoryPage_AsAdministrator_ShowsWhoChangedWhatBeforeAndAfter()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug, title: "Old title"));
        await (await _admin.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "New title"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var response = await _admin.GetAsync($"/admin/history/Mission/{await MissionIdAsync(slug)}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"Updated by {MissionControlFactory.AdminEmail}", html);
        Assert.Contains("Old title", html);
        Assert.Contains("New title", html);
    }

    [Fact]
    public async Task HistoryPage_Anonymous_RedirectsToSignIn()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug, title: "Secret history"));
        using var anonymous = factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync($"/admin/history/Mission/{await MissionIdAsync(slug)}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        Assert.DoesNotContain("Secret history", await response.Content.ReadAsStringAsync(Ct));
    }

    private Task<string> MissionIdAsync(string slug) =>
        factory.WithDbAsync(async db =>
            (await db.Missions.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync(Ct)).ToString(CultureInfo.InvariantCulture));

    /// <summary>An entity's history through the API, newest first.</summary>
    private async Task<List<JsonElement>> HistoryAsync(string type, string id)
    {
        var history = await (await _admin.GetAsync($"/api/v1/audit?entityType={type}&entityId={id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        return [.. history.EnumerateArray()];
    }

    private static JsonElement Json(JsonElement entry, string property)
    {
        using var document = JsonDocument.Parse(entry.Text(property));
        return document.RootElement.Clone();
    }

    private static string? Field(JsonElement entry, string property, string field) => Json(entry, property).GetProperty(field).GetString();
}
