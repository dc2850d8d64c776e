using System.Net;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Coalitions;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Coalitions.CoalitionRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary><c>GET /api/v1/missions/{slug}/coalition</c>: earned membership, totals by kind and unit, sectors.</summary>
public sealed class CoalitionApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task Coalition_MembersWithPledgesAndVerifiedDeliveries_ExactShapeAndTotals()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var union = NewSlug("union");
        await _admin.CreateOrganisationAsync(Organisation(union, "labour-union"));
        var first = await _admin.PledgeAsync(mission, Pledge(foundation, "funding", 3_000_000m, "DKK"));
        await _admin.PledgeAsync(mission, Pledge(foundation, "funding", 1_000_000m, "DKK"));
        await _admin.PledgeAsync(mission, Pledge(foundation, "expertise", 400m, "hours"));
        await _admin.PledgeAsync(mission, Pledge(union, "staff", 2m, "FTE"));
        // Verified: 750,000 + 250,000 = 1,000,000 DKK; an unverified 600,000 does not count.
        await _admin.VerifyAsync(await _admin.DeliverAsync(first, Delivery(750_000m)));
        await _admin.VerifyAsync(await _admin.DeliverAsync(first, Delivery(250_000m)));
        await _admin.DeliverAsync(first, Delivery(600_000m));

        var coalition = await _anonymous.CoalitionAsync(mission);

        Assert.Equal(["members", "sectors"], coalition.PropertyNames());
        Assert.Equal(2, coalition.GetProperty("sectors").GetInt32());
        var member = coalition.Member(foundation);
        Assert.Equal(["delivered", "organisationSlug", "pledged", "sector", "status"], member.PropertyNames());
        Assert.Equal(["kind", "quantity", "unit"], member.GetProperty("pledged")[0].PropertyNames());
        Assert.Equal("foundation", member.Text("sector"));
        Assert.Equal("active", member.Text("status"));
        // 3,000,000 + 1,000,000 = 4,000,000 DKK pledged.
        Assert.Equal(["funding 4000000 DKK", "expertise 400 hours"], member.GetProperty("pledged").Amounts());
        Assert.Equal(["funding 1000000 DKK"], member.GetProperty("delivered").Amounts());
        Assert.Equal(["staff 2 FTE"], coalition.Member(union).GetProperty("pledged").Amounts());
        Assert.Empty(coalition.Member(union).GetProperty("delivered").EnumerateArray());
    }

    [Fact]
    public async Task Coalition_PledgeEndedAndNoRecentDelivery_LapsedAndNotCountedInSectors()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var research = NewSlug("research");
        await _admin.CreateOrganisationAsync(Organisation(research, "research"));
        await _admin.PledgeAsync(mission, Pledge(foundation));
        // Ended two years ago; its only delivery, 14 months ago, is outside the 12 months.
        var old = await _admin.PledgeAsync(mission, Pledge(research, "data", 3m, "datasets", Today.AddYears(-3), Today.AddYears(-2)));
        await _admin.VerifyAsync(await _admin.DeliverAsync(old, Delivery(3m, Today.AddMonths(-14))));

        var coalition = await _anonymous.CoalitionAsync(mission);

        Assert.Equal("lapsed", coalition.Member(research).Text("status"));
        Assert.Equal(["data 3 datasets"], coalition.Member(research).GetProperty("delivered").Amounts());
        Assert.Equal(1, coalition.GetProperty("sectors").GetInt32());
    }

    [Fact]
    public async Task Coalition_PastPledgeWithRecentVerifiedDelivery_Active()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(foundation, from: Today.AddYears(-2), to: Today.AddMonths(-6)));
        await _admin.VerifyAsync(await _admin.DeliverAsync(pledge, Delivery(10m, Today.AddMonths(-3))));

        Assert.Equal("active", (await _anonymous.CoalitionAsync(mission)).Member(foundation).Text("status"));
    }

    [Fact]
    public async Task Coalition_OnlyPledgeWithdrawn_LapsedAndNothingPledged()
    {
        var (mission, foundation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(foundation));
        await (await _admin.PostAsync($"/api/v1/pledges/{pledge}/withdraw", null, Ct)).ExpectAsync(HttpStatusCode.OK);

        var member = (await _anonymous.CoalitionAsync(mission)).Member(foundation);

        Assert.Equal("lapsed", member.Text("status"));
        Assert.Empty(member.GetProperty("pledged").EnumerateArray());
    }

    [Fact]
    public async Task Coalition_NoPledges_EmptyAndZeroSectors()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var coalition = await _anonymous.CoalitionAsync(mission);

        Assert.Empty(coalition.GetProperty("members").EnumerateArray());
        Assert.Equal(0, coalition.GetProperty("sectors").GetInt32());
    }

    [Fact]
    public async Task Coalition_UnknownOrDraftMission_404ForPublic()
    {
        var draft = NewSlug("draft");
        await _admin.CreateMissionAsync(Mission(draft, status: null));

        await (await _anonymous.GetAsync("/api/v1/missions/no-such-mission/coalition", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync($"/api/v1/missions/{draft}/coalition", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coalition_ShorterActiveMonthsConfigured_DeliveryFourMonthsOldLapses()
    {
        using var strict = factory.WithWebHostBuilder(b => b.UseSetting(CoalitionOptions.Section + ":ActiveMonths", "3"));
        var admin = strict.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", MissionControlFactory.AdminToken);
        var (mission, foundation) = await admin.CreateMissionAndFoundationAsync();
        var pledge = await admin.PledgeAsync(mission, Pledge(foundation, from: Today.AddYears(-1), to: Today.AddMonths(-5)));
        await admin.VerifyAsync(await admin.DeliverAsync(pledge, Delivery(1m, Today.AddMonths(-4))));

        Assert.Equal("lapsed", (await admin.CoalitionAsync(mission)).Member(foundation).Text("status"));
        Assert.Equal("active", (await _anonymous.CoalitionAsync(mission)).Member(foundation).Text("status"));
    }
}
