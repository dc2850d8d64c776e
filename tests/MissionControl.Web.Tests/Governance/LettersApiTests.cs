using System.Net;
using System.Text.Json;
using MissionControl.Core.Governance;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Governance.LetterRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Governance;

/// <summary>
/// <c>GET|POST /api/v1/missions/{slug}/letters</c>, <c>GET /api/v1/letters/{id}</c>, <c>POST .../issue</c> and
/// <c>POST .../acknowledge</c>: the centre writes and issues, the mission's owner acknowledges, an issued letter
/// supersedes the one before, drafts stay with the centre and the owners, and every step is audited.
/// </summary>
public sealed class LettersApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private async Task<(string Mission, HttpClient Owner, TestUser OwnerUser)> MissionWithOwnerAsync()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var owner = await factory.CreateMissionOwnerAsync(mission);
        return (mission, factory.CreateApiClient(owner.Token), owner);
    }

    // Writing drafts

    [Fact]
    public async Task WriteLetter_AsAdministrator_Returns201DraftVersionOne()
    {
        var mission = await _admin.CreateLetterMissionAsync();

        var response = await _admin.PostLetterAsync(mission);

        var draft = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(["acknowledgedAt", "id", "issuedAt", "status", "version"], draft.PropertyNames());
        Assert.Equal(1, draft.GetProperty("version").GetInt32());
        Assert.Equal("draft", draft.Text("status"));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("issuedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal($"/api/v1/letters/{draft.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GetLetter_Draft_HasGoalsFromTheIndicatorsAndTheSectionsAsWritten()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteLetterAsync(mission, Letter(stakeholders: ["Danish Energy Agency", " ", "Danish Energy Agency", "Farmers' association"]));

        var letter = await _admin.GetLetterAsync(id);

        letter.AssertHasProperties("id", "version", "status", "missionSlug", "missionTitle", "addressee", "landmark", "goals", "scope", "stakeholders",
            "milestones", "reportingCadence", "noLongerPriorities", "createdAt", "issuedAt", "acknowledgedAt", "supersededAt");
        Assert.Equal(mission, letter.Text("missionSlug"));
        Assert.Equal(OwnerName, letter.GetProperty("addressee").Text("name"));
        Assert.Equal(OwnerTitle, letter.GetProperty("addressee").Text("title"));
        Assert.Equal("Half the emissions of 2010 by 2030", letter.Text("landmark"));
        // Target first, then the milestone still ahead (2020 is past), then the supporting target; methane has no target.
        Assert.Equal(ExpectedGoals, letter.GoalLines());
        Assert.Equal("2050", letter.GetProperty("goals")[0].Text("due"));
        Assert.Equal("Net greenhouse-gas emissions at most 23.8 Mt CO2e", letter.GetProperty("goals")[0].Text("text"));
        Assert.StartsWith("Energy, transport", letter.Text("scope"));
        // Blank and repeated entries are dropped.
        Assert.Equal(["Danish Energy Agency", "Farmers' association"], letter.GetProperty("stakeholders").Strings());
        Assert.Equal(["2027-06: Climate action plan for agriculture adopted"], letter.GetProperty("milestones").Strings());
        Assert.Equal(["The national hydrogen strategy"], letter.GetProperty("noLongerPriorities").Strings());
        Assert.StartsWith("Quarterly stocktake", letter.Text("reportingCadence"));
    }

    [Fact]
    public async Task WriteLetter_WhileADraftExists_RewritesThatDraftWith200()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteLetterAsync(mission);

        var response = await _admin.PostLetterAsync(mission, Letter(scope: "Energy and transport only."));

        var rewritten = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(id, rewritten.GetProperty("id").GetInt32());
        Assert.Equal(1, rewritten.GetProperty("version").GetInt32());
        Assert.Equal("draft", rewritten.Text("status"));
        Assert.Equal("Energy and transport only.", (await _admin.GetLetterAsync(id)).Text("scope"));
        Assert.Single((await _admin.ListLettersAsync(mission)).EnumerateArray());
    }

    [Fact]
    public async Task WriteLetter_AsMissionOwner_Returns403AndWritesNothing()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();

        var response = await owner.PostLetterAsync(mission);

        var problem = await response.ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Contains("only administrators", problem.Text("detail"));
        Assert.Empty((await _admin.ListLettersAsync(mission)).EnumerateArray());
    }

    [Fact]
    public async Task WriteLetter_Anonymous_Returns401()
    {
        var mission = await _admin.CreateLetterMissionAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostLetterAsync(mission)).StatusCode);
    }

    [Fact]
    public async Task WriteLetter_WithoutScopeAndReportingCadence_Returns400NamingBoth()
    {
        var mission = await _admin.CreateLetterMissionAsync();

        var response = await _admin.PostLetterAsync(mission, Letter(scope: " ", reportingCadence: null));

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reportingCadence", "scope"], problem.ErrorKeys());
        Assert.Empty((await _admin.ListLettersAsync(mission)).EnumerateArray());
    }

    [Fact]
    public async Task WriteLetter_StakeholderTooLong_Returns400OnStakeholders()
    {
        var mission = await _admin.CreateLetterMissionAsync();

        var response = await _admin.PostLetterAsync(mission, Letter(stakeholders: [new string('x', 401)]));

        Assert.Equal(["stakeholders"], (await response.ExpectAsync(HttpStatusCode.BadRequest)).ErrorKeys());
    }

    [Fact]
    public async Task WriteLetter_MissionWithoutKeyFigure_Returns400OnGoals()
    {
        var mission = NewSlug("unmeasured");
        await _admin.CreateMissionAsync(Mission(mission));

        var problem = await (await _admin.PostLetterAsync(mission)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["goals"], problem.ErrorKeys());
        Assert.Contains("no key figure", problem.GetProperty("errors").GetProperty("goals")[0].GetString());
    }

    [Fact]
    public async Task WriteLetter_UnknownMission_Returns404()
    {
        await (await _admin.PostLetterAsync(NewSlug("missing"))).ExpectAsync(HttpStatusCode.NotFound);
    }

    // Who sees drafts

    [Fact]
    public async Task ListLetters_Anonymous_SeesIssuedLettersNotTheDraft()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var issued = await _admin.WriteAndIssueAsync(mission);
        var draft = await _admin.WriteLetterAsync(mission);

        var letters = await _anonymous.ListLettersAsync(mission);

        var only = Assert.Single(letters.EnumerateArray());
        Assert.Equal(issued, only.GetProperty("id").GetInt32());
        Assert.Equal("issued", only.Text("status"));
        // The centre and the mission's owner see the draft too, newest first.
        Assert.Equal([draft, issued], (await _admin.ListLettersAsync(mission)).EnumerateArray().Select(l => l.GetProperty("id").GetInt32()));
        Assert.Equal([2, 1], (await owner.ListLettersAsync(mission)).EnumerateArray().Select(l => l.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task GetLetter_Draft_OnlyForTheCentreAndTheMissionsOwners()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var id = await _admin.WriteLetterAsync(mission);
        var otherMission = await _admin.CreateLetterMissionAsync();
        using var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(otherMission)).Token);

        await (await _anonymous.GetAsync($"/api/v1/letters/{id}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await otherOwner.GetAsync($"/api/v1/letters/{id}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("draft", (await owner.GetLetterAsync(id)).Text("status"));
        Assert.Equal("draft", (await _admin.GetLetterAsync(id)).Text("status"));
        Assert.Empty((await otherOwner.ListLettersAsync(mission)).EnumerateArray());
    }

    [Fact]
    public async Task GetLetter_UnknownId_Returns404()
    {
        await (await _anonymous.GetAsync("/api/v1/letters/987654321", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListLetters_DraftMission_Returns404ToThePublic()
    {
        var mission = await _admin.CreateLetterMissionAsync(status: "draft");
        var id = await _admin.WriteAndIssueAsync(mission);

        await (await _anonymous.GetAsync($"/api/v1/missions/{mission}/letters", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync($"/api/v1/letters/{id}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Single((await _admin.ListLettersAsync(mission)).EnumerateArray());
    }

    // Issuing

    [Fact]
    public async Task IssueLetter_Draft_Returns200IssuedAndPublic()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteLetterAsync(mission);

        var issued = await (await _admin.PostIssueAsync(id)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("issued", issued.Text("status"));
        Assert.Equal(1, issued.GetProperty("version").GetInt32());
        var issuedAt = issued.GetProperty("issuedAt").GetDateTimeOffset();
        Assert.InRange(issuedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var letter = await _anonymous.GetLetterAsync(id);
        Assert.Equal("issued", letter.Text("status"));
        Assert.Equal(ExpectedGoals, letter.GoalLines());
        // SQLite stores the time to the millisecond or so; the date is the same.
        Assert.Equal(issuedAt, letter.GetProperty("issuedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task IssueLetter_AsMissionOwner_Returns403AndStaysDraft()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var id = await _admin.WriteLetterAsync(mission);

        await (await owner.PostIssueAsync(id)).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal("draft", (await _admin.GetLetterAsync(id)).Text("status"));
    }

    [Fact]
    public async Task IssueLetter_Anonymous_Returns401()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteLetterAsync(mission);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostIssueAsync(id)).StatusCode);
    }

    [Fact]
    public async Task IssueLetter_AlreadyIssued_Returns409()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        var problem = await (await _admin.PostIssueAsync(id)).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("only a draft can be issued", problem.Text("detail"));
    }

    [Fact]
    public async Task IssueLetter_UnknownId_Returns404()
    {
        await (await _admin.PostIssueAsync(987654321)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IssueLetter_SecondVersion_SupersedesTheAcknowledgedFirst()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var first = await _admin.WriteAndIssueAsync(mission);
        await (await owner.PostAcknowledgeAsync(first)).ExpectAsync(HttpStatusCode.OK);

        var second = await _admin.WriteLetterAsync(mission, Letter(noLongerPriorities: ["The national hydrogen strategy", "Biofuel blending targets"]));
        Assert.Equal("acknowledged", (await _anonymous.GetLetterAsync(first)).Text("status"));
        await _admin.IssueAsync(second);

        var letters = await _anonymous.ListLettersAsync(mission);
        Assert.Equal("issued", letters.WithVersion(2).Text("status"));
        Assert.Equal("superseded", letters.WithVersion(1).Text("status"));
        var old = await _anonymous.GetLetterAsync(first);
        Assert.Equal(JsonValueKind.String, old.GetProperty("acknowledgedAt").ValueKind);
        Assert.True(old.GetProperty("supersededAt").GetDateTimeOffset() >= old.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Equal(second, old.GetProperty("next").GetProperty("id").GetInt32());
        Assert.Equal(first, (await _anonymous.GetLetterAsync(second)).GetProperty("previous").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task IssueLetter_ThirdVersion_OnlyTheLatestIsInForce()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        await _admin.WriteAndIssueAsync(mission);
        await _admin.WriteAndIssueAsync(mission);
        await _admin.WriteAndIssueAsync(mission);

        var letters = await _anonymous.ListLettersAsync(mission);

        Assert.Equal(["issued", "superseded", "superseded"], letters.EnumerateArray().Select(l => l.Text("status")));
        Assert.Equal([3, 2, 1], letters.EnumerateArray().Select(l => l.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task WriteLetter_AfterANewIndicator_NewVersionHasTheNewGoalAndTheIssuedKeepsItsOwn()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var first = await _admin.WriteAndIssueAsync(mission);
        await _admin.CreateSupportingAsync(mission, "Homes retrofitted", "homes", "increase", Point("2035", 1_500_000));

        var second = await _admin.WriteLetterAsync(mission);

        Assert.Equal(ExpectedGoals, (await _admin.GetLetterAsync(first)).GoalLines());
        Assert.Equal([ExpectedGoals[0], ExpectedGoals[1], "Homes retrofitted at least 1,500,000 homes by 2035", ExpectedGoals[2]],
            (await _admin.GetLetterAsync(second)).GoalLines());
    }

    // Acknowledging

    [Fact]
    public async Task AcknowledgeLetter_MissionOwner_Returns200Acknowledged()
    {
        var (mission, owner, ownerUser) = await MissionWithOwnerAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        var acknowledged = await (await owner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("acknowledged", acknowledged.Text("status"));
        Assert.Equal(JsonValueKind.String, acknowledged.GetProperty("acknowledgedAt").ValueKind);
        var letter = await _anonymous.GetLetterAsync(id);
        Assert.Equal("acknowledged", letter.Text("status"));
        Assert.Equal("Test MissionOwner", letter.Text("acknowledgedBy"));
        Assert.NotEqual(ownerUser.Email, letter.Text("acknowledgedBy"));
    }

    [Fact]
    public async Task AcknowledgeLetter_Administrator_Returns403()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        var problem = await (await _admin.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Contains("Only the mission's owner", problem.Text("detail"));
        Assert.Equal("issued", (await _anonymous.GetLetterAsync(id)).Text("status"));
    }

    [Fact]
    public async Task AcknowledgeLetter_OwnerOfAnotherMission_Returns403()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);
        var otherMission = await _admin.CreateLetterMissionAsync();
        using var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(otherMission)).Token);

        await (await otherOwner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal("issued", (await _anonymous.GetLetterAsync(id)).Text("status"));
    }

    [Fact]
    public async Task AcknowledgeLetter_AdministratorWhoAlsoOwnsTheMission_Returns200()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);
        await factory.MakeAdministratorOwnerAsync(mission);

        Assert.Equal("acknowledged", (await (await _admin.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.OK)).Text("status"));
    }

    [Fact]
    public async Task AcknowledgeLetter_Anonymous_Returns401()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAcknowledgeAsync(id)).StatusCode);
    }

    [Fact]
    public async Task AcknowledgeLetter_Draft_Returns409()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var id = await _admin.WriteLetterAsync(mission);

        var problem = await (await owner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("is a draft", problem.Text("detail"));
        Assert.Equal("draft", (await owner.GetLetterAsync(id)).Text("status"));
    }

    [Fact]
    public async Task AcknowledgeLetter_Twice_Returns409()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var id = await _admin.WriteAndIssueAsync(mission);
        await (await owner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.OK);

        var problem = await (await owner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("already been acknowledged", problem.Text("detail"));
    }

    [Fact]
    public async Task AcknowledgeLetter_Superseded_Returns409()
    {
        var (mission, owner, _) = await MissionWithOwnerAsync();
        var first = await _admin.WriteAndIssueAsync(mission);
        await _admin.WriteAndIssueAsync(mission);

        var problem = await (await owner.PostAcknowledgeAsync(first)).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("superseded", problem.Text("detail"));
    }

    // Audit

    [Fact]
    public async Task LetterLifecycle_WritesAuditEntriesByWhoDidEachStep()
    {
        var (mission, owner, ownerUser) = await MissionWithOwnerAsync();
        var first = await _admin.WriteAndIssueAsync(mission);
        await (await owner.PostAcknowledgeAsync(first)).ExpectAsync(HttpStatusCode.OK);
        await _admin.WriteAndIssueAsync(mission);

        var history = await HistoryAsync(first);

        // Newest first: superseded by the second letter's issue, acknowledged, issued, written.
        Assert.Equal(["updated", "updated", "updated", "created"], history.Select(e => e.Text("action")));
        Assert.Equal([MissionControlFactory.AdminEmail, ownerUser.Email, MissionControlFactory.AdminEmail, MissionControlFactory.AdminEmail],
            history.Select(e => e.Text("userName")));
        // The audit keeps the stored values: the status as its enum number.
        Assert.Equal([LetterStatus.Superseded, LetterStatus.Acknowledged, LetterStatus.Issued, LetterStatus.Draft],
            history.Select(e => (LetterStatus)After(e).GetProperty("Status").GetInt32()));
        var goals = After(history[^1]).GetProperty("Goals");
        Assert.Equal("Net greenhouse-gas emissions at most 23.8 Mt CO2e", goals[0].GetProperty("Text").GetString());
    }

    [Fact]
    public async Task AcknowledgeLetter_Refused_WritesNoEntry()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);
        var before = (await HistoryAsync(id)).Count;

        await (await _admin.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal(before, (await HistoryAsync(id)).Count);
    }

    private async Task<List<JsonElement>> HistoryAsync(int letterId)
    {
        var history = await (await _admin.GetAsync($"/api/v1/audit?entityType=MissionLetter&entityId={Invariant(letterId)}", Ct)).ExpectAsync(HttpStatusCode.OK);
        return [.. history.EnumerateArray()];
    }

    private static JsonElement After(JsonElement entry)
    {
        using var document = JsonDocument.Parse(entry.Text("after"));
        return document.RootElement.Clone();
    }
}
