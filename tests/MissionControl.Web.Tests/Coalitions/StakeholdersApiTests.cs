using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Consultations;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Coalitions.CoalitionRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary>The stakeholder map through the API, and the warning about negatively affected stakeholders not yet engaged.</summary>
public sealed class StakeholdersApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<int> AddAsync(string mission, Dictionary<string, object?> body) =>
        (await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", body, Ct)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private async Task<System.Text.Json.JsonElement> MapAsync(string mission) =>
        await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/stakeholders", Ct)).ExpectAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Add_ValidBody_201AndListedWithExactShape()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();

        var created = await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders",
            Stakeholder("Youth climate council", 5, 3, "benefiting", futureGenerations: true, organisationSlug: organisation), Ct)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(["effect", "engaged", "futureGenerations", "id", "influence", "interest", "name", "notes", "organisationName", "organisationSlug"], created.PropertyNames());
        var map = await MapAsync(mission);
        Assert.Equal(["hasFutureGenerationsRepresentative", "missionId", "missionSlug", "missionTitle", "stakeholders", "unengagedNegativelyAffected"], map.PropertyNames());
        var stakeholder = Assert.Single(map.GetProperty("stakeholders").EnumerateArray());
        Assert.Equal((5, 3, "benefiting", true, organisation), (stakeholder.GetProperty("interest").GetInt32(), stakeholder.GetProperty("influence").GetInt32(),
            stakeholder.Text("effect"), stakeholder.GetProperty("futureGenerations").GetBoolean(), stakeholder.Text("organisationSlug")));
        Assert.True(map.GetProperty("hasFutureGenerationsRepresentative").GetBoolean());
    }

    [Fact]
    public async Task Add_OutOfRangeAndUnknownValues_400WithFieldErrors()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", new Dictionary<string, object?>
        {
            ["name"] = "",
            ["interest"] = 0,
            ["influence"] = 6,
            ["effect"] = "furious",
            ["organisationSlug"] = "no-such-org",
        }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["effect", "influence", "interest", "name", "organisationSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task NegativelyAffected_NotEngaged_WarnedUntilAConsultationEngagesThem()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();
        var farmers = await AddAsync(mission, Stakeholder("Livestock farmers", effect: "negatively-affected"));
        await AddAsync(mission, Stakeholder("Heat pump installers", effect: "benefiting"));

        var before = await MapAsync(mission);
        var warned = Assert.Single(before.GetProperty("unengagedNegativelyAffected").EnumerateArray());
        Assert.Equal((farmers, "Livestock farmers"), (warned.GetProperty("id").GetInt32(), warned.Text("name")));

        await factory.WithDbAsync(async db =>
        {
            var missionId = await db.Missions.Where(m => m.Slug == mission).Select(m => m.Id).SingleAsync(Ct);
            db.Consultations.Add(new Consultation
            {
                Slug = NewSlug("consultation"),
                MissionId = missionId,
                Title = "Farming in 2030",
                Prompt = "How should livestock farming change?",
                Opens = Today.AddDays(-30),
                Closes = Today,
                EngagedStakeholderIds = [farmers],
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync(Ct);
        });

        var after = await MapAsync(mission);
        Assert.Empty(after.GetProperty("unengagedNegativelyAffected").EnumerateArray());
        Assert.True(after.GetProperty("stakeholders").EnumerateArray().Single(s => s.Text("name") == "Livestock farmers").GetProperty("engaged").GetBoolean());
    }

    [Fact]
    public async Task Update_ValidBody_200AndChanged()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();
        var id = await AddAsync(mission, Stakeholder("Fishers"));

        var updated = await (await _admin.PutAsJsonAsync($"/api/v1/stakeholders/{id}", Stakeholder("Coastal fishers", 2, 5, "neutral"), Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("Coastal fishers", 5, "neutral"), (updated.Text("name"), updated.GetProperty("influence").GetInt32(), updated.Text("effect")));
        Assert.Empty((await MapAsync(mission)).GetProperty("unengagedNegativelyAffected").EnumerateArray());
    }

    [Fact]
    public async Task Delete_Existing_204AndGone()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();
        var id = await AddAsync(mission, Stakeholder("Fishers"));

        await (await _admin.DeleteAsync($"/api/v1/stakeholders/{id}", Ct)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Empty((await MapAsync(mission)).GetProperty("stakeholders").EnumerateArray());
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Stakeholder" && a.EntityId == id.ToString() && a.Action == "deleted", Ct));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Writes_ContributorOrOtherOwner_403()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var (other, _) = await _admin.CreateMissionAndFoundationAsync();
        var id = await AddAsync(mission, Stakeholder("Fishers"));
        var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);
        var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await contributor.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", Stakeholder("X"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await otherOwner.PutAsJsonAsync($"/api/v1/stakeholders/{id}", Stakeholder("X"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await otherOwner.DeleteAsync($"/api/v1/stakeholders/{id}", Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Single((await MapAsync(mission)).GetProperty("stakeholders").EnumerateArray());
    }

    [Fact]
    public async Task Writes_UnknownMissionOrStakeholder_404()
    {
        await (await _admin.PostAsJsonAsync("/api/v1/missions/no-such-mission/stakeholders", Stakeholder("X"), Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _admin.PutAsJsonAsync($"/api/v1/stakeholders/{int.MaxValue}", Stakeholder("X"), Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _admin.DeleteAsync($"/api/v1/stakeholders/{int.MaxValue}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync("/api/v1/missions/no-such-mission/stakeholders", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }
}
