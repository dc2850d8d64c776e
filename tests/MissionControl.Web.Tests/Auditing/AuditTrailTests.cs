using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Auditing;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Auditing;

/// <summary>
/// Every change through the API leaves an audit entry with the values before and after. There is no
/// history API or page yet, so these read the audit log through the app's own database context.
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
        var entry = Assert.Single(await EntriesAsync("Mission", id));
        Assert.Equal("created", entry.Action);
        Assert.Null(entry.Before);
        Assert.Equal(slug, Field(entry.After, "Slug"));
        Assert.Equal(MissionControlFactory.AdminEmail, entry.UserName);
        Assert.NotNull(entry.UserId);
    }

    [Fact]
    public async Task UpdateMission_WritesUpdatedEntryWithBeforeAndAfter()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug, title: "Old title"));

        await (await _admin.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "New title"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var entries = await EntriesAsync("Mission", await MissionIdAsync(slug));
        var update = Assert.Single(entries, e => e.Action == "updated");
        Assert.Equal("Old title", Field(update.Before, "Title"));
        Assert.Equal("New title", Field(update.After, "Title"));
        Assert.Equal(MissionControlFactory.AdminEmail, update.UserName);
    }

    [Fact]
    public async Task UpdateMission_AsOwner_RecordsTheOwnerAsAuthor()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug));
        var owner = await factory.CreateMissionOwnerAsync(slug);
        using var client = factory.CreateApiClient(owner.Token);

        await (await client.PutAsJsonAsync($"/api/v1/missions/{slug}", Mission(slug, title: "By the owner"), Ct)).ExpectAsync(HttpStatusCode.OK);

        var update = Assert.Single(await EntriesAsync("Mission", await MissionIdAsync(slug)), e => e.Action == "updated");
        Assert.Equal(owner.Id, update.UserId);
        Assert.Equal(owner.Email, update.UserName);
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
            var entry = Assert.Single(await EntriesAsync("Observation", observationId.ToString(CultureInfo.InvariantCulture)));
            Assert.Equal("created", entry.Action);
            Assert.Equal(value, JsonDocument.Parse(entry.After!).RootElement.GetProperty("Value").GetDouble());
        }

        var reassessed = Assert.Single(await EntriesAsync("Indicator", indicatorId.ToString(CultureInfo.InvariantCulture)), e => e.Action == "updated");
        var assessment = JsonDocument.Parse(reassessed.After!).RootElement.GetProperty("Assessment");
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
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Indicator" && e.EntityId == entityId, Ct));

        await (await _admin.PostObservationsAsync(indicator, new[] { Observation("2015", 90), Observation("2020", null) })).ExpectAsync(HttpStatusCode.BadRequest);

        var after = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Indicator" && e.EntityId == entityId, Ct));
        Assert.Equal(before, after);
        var observations = await factory.WithDbAsync(db => db.Observations.CountAsync(o => o.IndicatorId == indicatorId, Ct));
        Assert.Equal(0, observations);
    }

    [Fact]
    public async Task UpdateMission_Refused_WritesNoEntry()
    {
        var slug = NewSlug("audited");
        await _admin.CreateMissionAsync(Mission(slug));
        var body = Mission(slug, title: "");

        await (await _admin.PutAsJsonAsync($"/api/v1/missions/{slug}", body, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.DoesNotContain(await EntriesAsync("Mission", await MissionIdAsync(slug)), e => e.Action == "updated");
    }

    private Task<string> MissionIdAsync(string slug) =>
        factory.WithDbAsync(async db =>
            (await db.Missions.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync(Ct)).ToString(CultureInfo.InvariantCulture));

    private Task<List<AuditEntry>> EntriesAsync(string type, string id) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == type && e.EntityId == id).OrderBy(e => e.Id).ToListAsync(Ct));

    private static string? Field(string? json, string property) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.GetProperty(property).GetString();
}
