using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissionControl.Core.Consultations;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>Reports, automatic hiding, the moderators' hide and restore, and adoption into initiatives with the visible trace.</summary>
public sealed class ModerationApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private int ReportsToHide => factory.Services.GetRequiredService<IOptions<ConsultationsOptions>>().Value.ReportsToHide;

    private async Task<(string Mission, string Consultation, int Proposal, HttpClient Author)> ProposalAsync()
    {
        var (mission, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, author) = await factory.CreateCitizenAsync();
        return (mission, consultation, await author.CreateProposalAsync(consultation, "Reported idea", "Some text"), author);
    }

    [Fact]
    public async Task ReportProposal_ByEnoughPeople_HidesItPendingReviewAndQueuesIt()
    {
        var (_, _, id, _) = await ProposalAsync();
        for (var i = 0; i < ReportsToHide - 1; i++)
        {
            var (_, reporter) = await factory.CreateCitizenAsync();
            var state = await (await reporter.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "spam" }, Ct)).ExpectAsync(HttpStatusCode.OK);
            Assert.False(state.GetProperty("hidden").GetBoolean());
        }

        var (_, last) = await factory.CreateCitizenAsync();
        var hidden = await (await last.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "spam" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.True(hidden.GetProperty("hidden").GetBoolean());
        Assert.True(hidden.GetProperty("pendingReview").GetBoolean());
        var seen = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(seen.GetProperty("hidden").GetBoolean());
        Assert.Equal("", seen.Text("body"));
        Assert.StartsWith("Hidden by the moderators", seen.Text("hiddenNotice"), StringComparison.Ordinal);
        var queue = await (await _admin.GetAsync("/api/v1/moderation", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(queue.EnumerateArray(), item => item.Int("id") == id && item.Text("kind") == "proposal" && item.GetProperty("pendingReview").GetBoolean());
    }

    [Fact]
    public async Task ReportProposal_SamePersonTwice_CountsOnce()
    {
        var (_, _, id, _) = await ProposalAsync();
        var (_, reporter) = await factory.CreateCitizenAsync();

        await (await reporter.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "spam" }, Ct)).ExpectAsync(HttpStatusCode.OK);
        var again = await (await reporter.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "spam" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, again.Int("reports"));
    }

    [Fact]
    public async Task ReportComment_Anonymous401Unknown404_ConfirmedCounts()
    {
        var (_, _, id, author) = await ProposalAsync();
        var comment = (await (await author.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = "Rude words" }, Ct)).ExpectAsync(HttpStatusCode.Created)).Int("id");
        var (_, reporter) = await factory.CreateCitizenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAsJsonAsync($"/api/v1/comments/{comment}/reports", new { reason = "rude" }, Ct)).StatusCode);
        await (await reporter.PostAsJsonAsync("/api/v1/comments/987654321/reports", new { reason = "rude" }, Ct)).ExpectAsync(HttpStatusCode.NotFound);
        var state = await (await reporter.PostAsJsonAsync($"/api/v1/comments/{comment}/reports", new { reason = "rude" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, state.Int("reports"));
    }

    [Fact]
    public async Task HideProposal_WithReason_PublicReadsTheReasonAndRestoreShowsItAgain()
    {
        var (_, _, id, _) = await ProposalAsync();

        var hidden = await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/hide", new { reason = "personal attack" }, Ct)).ExpectAsync(HttpStatusCode.OK);
        var seen = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        var page = await _anonymous.HtmlAsync($"/proposals/{id}");
        await (await _admin.PostEmptyAsync($"/api/v1/proposals/{id}/restore")).ExpectAsync(HttpStatusCode.OK);
        var restored = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.True(hidden.GetProperty("hidden").GetBoolean());
        Assert.Equal("Hidden by the moderators: personal attack", seen.Text("hiddenNotice"));
        Assert.Contains("Hidden by the moderators: personal attack", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Some text", page, StringComparison.Ordinal);
        Assert.False(restored.GetProperty("hidden").GetBoolean());
        Assert.Equal("Some text", restored.Text("body"));
    }

    [Fact]
    public async Task HideProposal_WithoutReason_Returns400()
    {
        var (_, _, id, _) = await ProposalAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/hide", new { reason = "" }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["reason"], problem.ErrorKeys());
    }

    [Fact]
    public async Task HideProposal_AsCitizenOrOtherMissionOwner_Returns403()
    {
        var (_, _, id, author) = await ProposalAsync();
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        using var otherOwner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await author.PostAsJsonAsync($"/api/v1/proposals/{id}/hide", new { reason = "mine" }, Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await otherOwner.PostAsJsonAsync($"/api/v1/proposals/{id}/hide", new { reason = "theirs" }, Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await _admin.PostAsJsonAsync("/api/v1/proposals/987654321/hide", new { reason = "x" }, Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HideComment_ByMissionOwner_PublicSeesNotice()
    {
        var (mission, _, id, author) = await ProposalAsync();
        var comment = (await (await author.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = "Off topic" }, Ct)).ExpectAsync(HttpStatusCode.Created)).Int("id");
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        await (await owner.PostAsJsonAsync($"/api/v1/comments/{comment}/hide", new { reason = "off topic" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var listed = Assert.Single((await (await _anonymous.GetAsync($"/api/v1/proposals/{id}/comments", Ct)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("Hidden by the moderators: off topic", listed.Text("hiddenNotice"));
        Assert.Equal("", listed.Text("body"));
        await (await owner.PostEmptyAsync($"/api/v1/comments/{comment}/restore")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Off topic", Assert.Single((await (await _anonymous.GetAsync($"/api/v1/proposals/{id}/comments", Ct)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()).Text("body"));
    }

    [Fact]
    public async Task AdoptProposal_IntoMissionInitiative_TraceShowsStageAndGateDecisions()
    {
        var (mission, _, id, _) = await ProposalAsync();
        var initiative = NewSlug("adopter");
        await (await _admin.PostAsJsonAsync("/api/v1/initiatives", new { slug = initiative, missionSlug = mission, title = "Adopting initiative", innovationType = "enhancement" }, Ct))
            .ExpectAsync(HttpStatusCode.Created);
        await (await _admin.PostAsJsonAsync($"/api/v1/initiatives/{initiative}/gate-decisions", new { decision = "advance", rationale = "Citizens asked for it." }, Ct))
            .ExpectAsync(HttpStatusCode.Created);

        var adopted = await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/adopt", new { initiativeSlug = initiative }, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(initiative, adopted.GetProperty("trace").Text("initiativeSlug"));
        var trace = (await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK)).GetProperty("trace");
        Assert.Equal("discovery", trace.Text("stage"));
        var decision = Assert.Single(trace.GetProperty("gateDecisions").EnumerateArray());
        Assert.Equal("advance", decision.Text("decision"));
        Assert.Equal("Citizens asked for it.", decision.Text("rationale"));
        var page = await _anonymous.HtmlAsync($"/proposals/{id}");
        Assert.Contains($"href=\"/initiatives/{initiative}\"", page, StringComparison.Ordinal);
        Assert.Contains("Citizens asked for it.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptProposal_InitiativeOfAnotherMission_Returns422()
    {
        var (_, _, id, _) = await ProposalAsync();
        var other = NewSlug("other");
        await _admin.CreateMissionAsync(Mission(other));
        var initiative = NewSlug("elsewhere");
        await (await _admin.PostAsJsonAsync("/api/v1/initiatives", new { slug = initiative, missionSlug = other, title = "Elsewhere", innovationType = "enhancement" }, Ct))
            .ExpectAsync(HttpStatusCode.Created);

        await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/adopt", new { initiativeSlug = initiative }, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await _admin.PostAsJsonAsync($"/api/v1/proposals/{id}/adopt", new { initiativeSlug = NewSlug("nothing") }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["initiativeSlug"], unknown.ErrorKeys());
    }

    [Fact]
    public async Task AdoptProposal_AsCitizen_Returns403()
    {
        var (_, _, id, author) = await ProposalAsync();

        await (await author.PostAsJsonAsync($"/api/v1/proposals/{id}/adopt", new { initiativeSlug = "anything" }, Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAsJsonAsync($"/api/v1/proposals/{id}/adopt", new { initiativeSlug = "anything" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ModerationQueue_CitizenSeesNothingOfOtherMissions()
    {
        var (_, _, id, _) = await ProposalAsync();
        var (_, reporter) = await factory.CreateCitizenAsync();
        await (await reporter.PostAsJsonAsync($"/api/v1/proposals/{id}/reports", new { reason = "spam" }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var queue = await (await reporter.GetAsync("/api/v1/moderation", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty(queue.EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync("/api/v1/moderation", Ct)).StatusCode);
    }
}
