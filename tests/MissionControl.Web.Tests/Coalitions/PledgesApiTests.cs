using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Coalitions.CoalitionRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary>Pledges, deliveries, verification and withdrawal through the API, with who may do each.</summary>
public sealed class PledgesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task Pledge_ValidBody_201WithIdAndStatusOnly()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var initiative = NewSlug("initiative");
        await _admin.CreateInitiativeAsync(Initiative(mission, initiative));

        var created = await (await _admin.PostPledgeAsync(mission, Pledge(organisation, initiativeSlug: initiative).With("conditions", "Matched by the state")))
            .ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(["id", "status"], created.PropertyNames());
        Assert.Equal("pledged", created.Text("status"));
        var pledge = await _anonymous.GetPledgeAsync(created.GetProperty("id").GetInt32());
        Assert.Equal(initiative, pledge.Text("initiativeSlug"));
        Assert.Equal("Matched by the state", pledge.Text("conditions"));
        Assert.Equal(1_000_000m, pledge.GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task Pledge_BadInput_400WithFieldErrors()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();

        var problem = await (await _admin.PostPledgeAsync(mission, new Dictionary<string, object?>
        {
            ["organisationSlug"] = "no-such-org",
            ["kind"] = "gold",
            ["quantity"] = -5,
            ["unit"] = "",
            ["from"] = "2026-12-31",
            ["to"] = "2026-01-01",
            ["conditions"] = new string('c', 2001),
        })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["conditions", "kind", "organisationSlug", "quantity", "to", "unit"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Pledge_FundingInNonCurrency_400OnUnit()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();

        var problem = await (await _admin.PostPledgeAsync(mission, Pledge(organisation, "funding", unit: "kroner"))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["unit"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Pledge_InitiativeOfAnotherMission_422()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var (other, _) = await _admin.CreateMissionAndFoundationAsync();
        var initiative = NewSlug("initiative");
        await _admin.CreateInitiativeAsync(Initiative(other, initiative));

        var problem = await (await _admin.PostPledgeAsync(mission, Pledge(organisation, initiativeSlug: initiative))).ExpectAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("initiative of another mission", problem.Text("detail"));
    }

    [Fact]
    public async Task Pledge_MergedOrganisation_422()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var duplicate = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(duplicate));
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{duplicate}/merge", new { intoSlug = organisation }, Ct)).ExpectAsync(HttpStatusCode.OK);

        await (await _admin.PostPledgeAsync(mission, Pledge(duplicate))).ExpectAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Pledge_UnknownMission_404()
    {
        var (_, organisation) = await _admin.CreateMissionAndFoundationAsync();

        await (await _admin.PostPledgeAsync("no-such-mission", Pledge(organisation))).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pledge_ContributorOfOrganisation_201ButForAnother403()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var other = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(other));
        var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);

        await (await contributor.PostPledgeAsync(mission, Pledge(organisation))).ExpectAsync(HttpStatusCode.Created);
        await (await contributor.PostPledgeAsync(mission, Pledge(other))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pledge_OwnerOfAnotherMission_403()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var (other, _) = await _admin.CreateMissionAndFoundationAsync();
        var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await owner.PostPledgeAsync(mission, Pledge(organisation))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pledge_Anonymous_401()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostPledgeAsync(mission, Pledge(organisation))).StatusCode);
    }

    [Fact]
    public async Task Deliver_ThenVerify_StatusMovesFromPledgedToPartlyToDelivered()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(organisation, quantity: 2_000_000m));

        // 500,000 of 2,000,000 recorded but not yet verified: still pledged.
        var first = await (await _admin.PostDeliveryAsync(pledge, Delivery(500_000m))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(["id"], first.PropertyNames());
        Assert.Equal("pledged", (await _anonymous.GetPledgeAsync(pledge)).Text("status"));

        var verified = await _admin.VerifyAsync(first.GetProperty("id").GetInt32());
        Assert.Equal("partly-delivered", verified.Text("pledgeStatus"));
        Assert.False(string.IsNullOrEmpty(verified.Text("verifiedBy")));

        // 500,000 + 1,500,000 = 2,000,000: the whole pledge.
        var second = await _admin.DeliverAsync(pledge, Delivery(1_500_000m));
        Assert.Equal("delivered", (await _admin.VerifyAsync(second)).Text("pledgeStatus"));
        var read = await _anonymous.GetPledgeAsync(pledge);
        Assert.Equal("delivered", read.Text("status"));
        Assert.Equal(2_000_000m, read.GetProperty("delivered").GetDecimal());
    }

    [Fact]
    public async Task Verify_ContributorOfOrganisation_403AndStaysUnverified()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(organisation)).Token);
        var pledge = await contributor.PledgeAsync(mission, Pledge(organisation));
        var delivery = await contributor.DeliverAsync(pledge, Delivery(10m));

        await (await contributor.PostVerifyAsync(delivery)).ExpectAsync(HttpStatusCode.Forbidden);

        var read = await _anonymous.GetPledgeAsync(pledge);
        Assert.False(read.GetProperty("deliveries")[0].GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Verify_MissionOwner_200()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var pledge = await owner.PledgeAsync(mission, Pledge(organisation, "staff", 2m, "FTE"));
        var delivery = await owner.DeliverAsync(pledge, Delivery(1m));

        var verified = await owner.VerifyAsync(delivery);

        Assert.Equal(delivery, verified.GetProperty("id").GetInt32());
        Assert.Equal("partly-delivered", verified.Text("pledgeStatus"));
    }

    [Fact]
    public async Task Verify_Twice_422()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var delivery = await _admin.DeliverAsync(await _admin.PledgeAsync(mission, Pledge(organisation)), Delivery(1m));
        await _admin.VerifyAsync(delivery);

        await (await _admin.PostVerifyAsync(delivery)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Verify_UnknownDelivery_404()
    {
        await (await _admin.PostVerifyAsync(int.MaxValue)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deliver_BadInput_400WithFieldErrors()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(organisation));

        var problem = await (await _admin.PostDeliveryAsync(pledge, new Dictionary<string, object?>
        {
            ["date"] = CoalitionRequests.Iso(CoalitionRequests.Today.AddDays(10)),
            ["quantity"] = 0,
            ["evidence"] = new string('e', 2001),
        })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["date", "evidence", "quantity"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Deliver_UnknownPledge_404()
    {
        await (await _admin.PostDeliveryAsync(int.MaxValue, Delivery(1m))).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deliver_ContributorOfAnotherOrganisation_403()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var other = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(other));
        var pledge = await _admin.PledgeAsync(mission, Pledge(organisation));
        var outsider = factory.CreateApiClient((await factory.CreateContributorAsync(other)).Token);

        await (await outsider.PostDeliveryAsync(pledge, Delivery(1m))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Withdraw_ThenDeliver_WithdrawnAnd422()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(organisation));

        var withdrawn = await (await _admin.PostAsync($"/api/v1/pledges/{pledge}/withdraw", null, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("withdrawn", withdrawn.Text("status"));
        Assert.Equal("withdrawn", (await _anonymous.GetPledgeAsync(pledge)).Text("status"));
        await (await _admin.PostDeliveryAsync(pledge, Delivery(1m))).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        await (await _admin.PostAsync($"/api/v1/pledges/{pledge}/withdraw", null, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Withdraw_Anonymous_401AndUnknown404()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAsync("/api/v1/pledges/1/withdraw", null, Ct)).StatusCode);
        await (await _admin.PostAsync($"/api/v1/pledges/{int.MaxValue}/withdraw", null, Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PledgeDeliverVerify_EachChange_AuditedWithActor()
    {
        var (mission, organisation) = await _admin.CreateMissionAndFoundationAsync();
        var pledge = await _admin.PledgeAsync(mission, Pledge(organisation));
        var delivery = await _admin.DeliverAsync(pledge, Delivery(5m));
        await _admin.VerifyAsync(delivery);

        var audit = await factory.WithDbAsync(async db => new
        {
            Pledge = await db.AuditEntries.Where(a => a.EntityType == "Pledge" && a.EntityId == pledge.ToString()).Select(a => a.Action).ToListAsync(Ct),
            Delivery = await db.AuditEntries.Where(a => a.EntityType == "Delivery" && a.EntityId == delivery.ToString())
                .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.After }).ToListAsync(Ct),
        });

        Assert.Equal(["created"], audit.Pledge);
        Assert.Equal(["created", "updated"], audit.Delivery.Select(a => a.Action));
        Assert.Equal(MissionControlFactory.AdminEmail, audit.Delivery[1].UserName);
        Assert.Contains("\"VerifiedBy\":", audit.Delivery[1].After);
    }
}
