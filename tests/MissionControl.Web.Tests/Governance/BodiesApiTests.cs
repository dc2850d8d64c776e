using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Governance.GovernanceRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Governance;

/// <summary>
/// Governance bodies: <c>GET /api/v1/missions/{slug}/governance</c> (the chain of command), adding and changing bodies
/// and their members, bodies across missions, and the rules of the reporting lines.
/// </summary>
public sealed class BodiesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task GetGovernance_BoardAndSecretariat_ContractWithMembersAndReportingLine()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var board = await _admin.CreateBodyAsync(mission, Body("mission-board", "Net zero mission board", cadence: "quarterly", members:
        [
            Member("Anna Berg", "Ministry of Climate", "chair"),
            Member("Lars Holm", "Danish Energy Agency"),
        ]));
        var secretariat = await _admin.CreateBodyAsync(mission, Body("secretariat", "Mission secretariat", board.Id(), "fortnightly",
            Member("Mette Dahl", "Ministry of Climate", "secretary")));

        var governance = await _anonymous.GetGovernanceAsync(mission);

        var bodies = governance.GetProperty("bodies").EnumerateArray().ToList();
        Assert.Equal(2, bodies.Count);
        var b = bodies.Single(x => x.Id() == board.Id());
        b.AssertHasProperties("id", "kind", "name", "reportsToId", "members");
        Assert.Equal("mission-board", b.Text("kind"));
        Assert.Equal("Net zero mission board", b.Text("name"));
        Assert.Equal(JsonValueKind.Null, b.GetProperty("reportsToId").ValueKind);
        Assert.Equal("quarterly", b.Text("cadence"));
        var chair = b.GetProperty("members")[0];
        chair.AssertHasProperties("name", "organisation", "role");
        Assert.Equal(("Anna Berg", "Ministry of Climate", "chair"), (chair.Text("name"), chair.Text("organisation"), chair.Text("role")));
        Assert.Equal("member", b.GetProperty("members")[1].Text("role"));

        var s = bodies.Single(x => x.Id() == secretariat.Id());
        Assert.Equal("secretariat", s.Text("kind"));
        Assert.Equal(board.Id(), s.GetProperty("reportsToId").GetInt32());
        Assert.Equal("secretary", s.GetProperty("members")[0].Text("role"));
        // Set up today, meeting every two weeks, nothing scheduled: the next meeting is projected two weeks on.
        Assert.Equal(Iso(Today.AddDays(14)), s.GetProperty("nextMeeting").Text("date"));
        Assert.True(s.GetProperty("nextMeeting").GetProperty("projected").GetBoolean());
    }

    [Fact]
    public async Task UpdateBody_MembersReplacedAndAmbassadorAssignedToInitiative()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var initiative = NewSlug("schools");
        await _admin.CreateInitiativeAsync(Initiative(mission, initiative));
        var id = (await _admin.CreateBodyAsync(mission, Body("ambassadors", "Climate ambassadors", members: Member("Old member")))).Id();

        var updated = await (await _admin.PutBodyAsync(id, Body("ambassadors", "Climate ambassadors", members:
            Member("Sofie Lund", "Climate schools network", "ambassador", initiative)))).ExpectAsync(HttpStatusCode.OK);

        var member = Assert.Single(updated.GetProperty("members").EnumerateArray());
        Assert.Equal("Sofie Lund", member.Text("name"));
        Assert.Equal([initiative], member.GetProperty("initiativeSlugs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Sofie Lund", Assert.Single((await _anonymous.GetGovernanceAsync(mission)).GetProperty("bodies")[0].GetProperty("members").EnumerateArray()).Text("name"));
    }

    [Fact]
    public async Task UpdateBody_StaleIfMatch_Returns412AndKeepsTheOtherChange()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var created = await _admin.CreateBodyAsync(mission, Body("secretariat", "Secretariat", members: Member("Old member")));
        var id = created.Id();
        var read = created.GetProperty("version").GetInt32();
        // Someone else changes only the members: the body's version still rises.
        var first = await (await _admin.PutBodyAsync(id, Body("secretariat", "Secretariat", members: Member("New member")))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(read + 1, first.GetProperty("version").GetInt32());

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/governance/bodies/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Body("secretariat", "Renamed from a stale copy")),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{read}\"");
        var problem = await (await _admin.SendAsync(stale, Ct)).ExpectAsync(HttpStatusCode.PreconditionFailed);

        Assert.Contains("Someone else changed this governance body", problem.Text("detail"));
        var body = (await _anonymous.GetGovernanceAsync(mission)).GetProperty("bodies")[0];
        Assert.Equal("Secretariat", body.Text("name"));
        Assert.Equal("New member", Assert.Single(body.GetProperty("members").EnumerateArray()).Text("name"));
    }

    [Fact]
    public async Task CreateBody_BoardMemberAssignedToInitiativeOrUnknownInitiative_400()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var initiative = NewSlug("pilot");
        await _admin.CreateInitiativeAsync(Initiative(mission, initiative));

        var problem = await (await _admin.PostBodyAsync(mission, Body("mission-board", "Board",
            members: [Member("Chair person", role: "chair", initiativeSlugs: initiative), Member("Adviser", role: "adviser", initiativeSlugs: "no-such-initiative")])))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["members[0].initiativeSlugs", "members[1].initiativeSlugs"], problem.ErrorKeys());
    }

    [Fact]
    public async Task CreateBody_MissingKindAndName_400()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);

        var problem = await (await _admin.PostBodyAsync(mission, new { kind = "politburo", cadence = "daily", members = new[] { new { name = "" } } }))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["cadence", "kind", "members[0].name", "name"], problem.ErrorKeys());
    }

    [Fact]
    public async Task UpdateBody_ReportingLineWouldLoop_400()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var board = (await _admin.CreateBodyAsync(mission, Body("mission-board", "Board"))).Id();
        var team = (await _admin.CreateBodyAsync(mission, Body("delivery-team", "Team", board))).Id();
        var squad = (await _admin.CreateBodyAsync(mission, Body("delivery-team", "Squad", team))).Id();

        var loop = await (await _admin.PutBodyAsync(board, Body("mission-board", "Board", squad))).ExpectAsync(HttpStatusCode.BadRequest);
        var self = await (await _admin.PutBodyAsync(board, Body("mission-board", "Board", board))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["reportsToId"], loop.ErrorKeys());
        Assert.Equal(["reportsToId"], self.ErrorKeys());
        Assert.Equal(JsonValueKind.Null, (await _anonymous.GetGovernanceAsync(mission)).GetProperty("bodies").EnumerateArray()
            .Single(b => b.Id() == board).GetProperty("reportsToId").ValueKind);
    }

    [Fact]
    public async Task CreateBody_ReportsToAnotherMissionsBody_400()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (other, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var foreign = (await _admin.CreateBodyAsync(other, Body("mission-board", "Other board"))).Id();

        var problem = await (await _admin.PostBodyAsync(mission, Body("secretariat", "Secretariat", foreign))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["reportsToId"], problem.ErrorKeys());
    }

    [Fact]
    public async Task BodyAcrossMissions_AdministratorsCreateItAndMissionBoardsReportToIt()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var name = $"Steering committee {NewSlug("sc")}";

        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync("/api/v1/governance/bodies", Body("steering-committee", name), Ct)).StatusCode);
        var committee = await (await _admin.PostAsJsonAsync("/api/v1/governance/bodies", Body("steering-committee", name, cadence: "half-yearly",
            members: Member("Prime minister", role: "chair")), Ct)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, committee.GetProperty("missionSlug").ValueKind);
        var board = (await owner.CreateBodyAsync(mission, Body("mission-board", "Board", committee.Id()))).Id();

        var bodies = (await _anonymous.GetGovernanceAsync(mission)).GetProperty("bodies").EnumerateArray().ToList();

        Assert.Equal([committee.Id(), board], bodies.Select(b => b.Id()));
        Assert.Equal(committee.Id(), bodies[1].GetProperty("reportsToId").GetInt32());
        Assert.Contains((await (await _anonymous.GetAsync("/api/v1/governance/bodies", Ct)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray(), b => b.Id() == committee.Id());
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PutBodyAsync(committee.Id(), Body("steering-committee", "Renamed"))).StatusCode);
    }

    [Fact]
    public async Task Bodies_OwnersAndAdministratorsManageThePublicReads()
    {
        var (mission, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var (other, _) = await factory.CreateMissionAndOrganisationAsync(_admin);
        var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostBodyAsync(mission, Body("secretariat", "S"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PostBodyAsync(mission, Body("secretariat", "S"))).StatusCode);
        var id = (await owner.CreateBodyAsync(mission, Body("secretariat", "S"))).Id();
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOwner.PutBodyAsync(id, Body("secretariat", "Taken over"))).StatusCode);
        await (await owner.PutBodyAsync(id, Body("secretariat", "Mission secretariat"))).ExpectAsync(HttpStatusCode.OK);

        var body = await (await _anonymous.GetAsync($"/api/v1/governance/bodies/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Mission secretariat", body.Text("name"));
        Assert.Equal(mission, body.Text("missionSlug"));
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync($"/api/v1/governance/bodies/{int.MaxValue}", Ct)).StatusCode);
    }

    [Fact]
    public async Task GetGovernance_DraftMission_404ForThePublic()
    {
        var draft = NewSlug("draft");
        await _admin.CreateMissionAsync(Mission(draft, status: null));
        var id = (await _admin.CreateBodyAsync(draft, Body("mission-board", "Draft board"))).Id();

        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync($"/api/v1/missions/{draft}/governance", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync($"/api/v1/governance/bodies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync($"/missions/{draft}/meetings.ics", Ct)).StatusCode);
        await _admin.GetGovernanceAsync(draft);
    }
}
