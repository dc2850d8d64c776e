using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissionControl.Core.Consultations;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Consultations.ConsultationRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>What citizens do: propose while the consultation is open, support once, comment; with per-person limits.</summary>
public sealed class ProposalsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private ConsultationsOptions Limits => factory.Services.GetRequiredService<IOptions<ConsultationsOptions>>().Value;

    [Fact]
    public async Task SubmitProposal_ConfirmedCitizen_Returns201AuthoredAndAudited()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (user, citizen) = await factory.CreateCitizenAsync(name: "Karen Blixen");

        var response = await citizen.ProposeAsync(consultation);

        var proposal = await response.ExpectAsync(HttpStatusCode.Created);
        var id = proposal.Int("id");
        Assert.Equal($"/api/v1/proposals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Karen Blixen", proposal.Text("author"));
        Assert.Contains("<em>protected</em>", proposal.Text("bodyHtml"), StringComparison.Ordinal);
        Assert.Equal(0, proposal.Int("supports"));
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Proposal" && a.EntityId == id.ToString() && a.UserId == user.Id, Ct));
        Assert.True(audited);
        var listed = await (await _anonymous.GetAsync($"/api/v1/consultations/{consultation}/proposals", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), p => p.Int("id") == id);
    }

    [Fact]
    public async Task SubmitProposal_Anonymous_Returns401()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();

        var response = await _anonymous.ProposeAsync(consultation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SubmitProposal_UnconfirmedCitizen_Returns422()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync(confirmed: false);

        var problem = await (await citizen.ProposeAsync(consultation)).ExpectAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Confirm your e-mail address", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-30, -1)]
    [InlineData(2, 30)]
    public async Task SubmitProposal_OutsideOpenDates_Returns422(int opensInDays, int closesInDays)
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync(opensInDays, closesInDays);
        var (_, citizen) = await factory.CreateCitizenAsync();

        var problem = await (await citizen.ProposeAsync(consultation)).ExpectAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(422, problem.Int("status"));
        Assert.Empty((await (await _anonymous.GetAsync($"/api/v1/consultations/{consultation}/proposals", Ct)).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task SubmitProposal_BodyOver10000Characters_Returns400()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        var problem = await (await citizen.ProposeAsync(consultation, Proposal(body: new string('x', 10_001)))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["body"], problem.ErrorKeys());
        await (await citizen.ProposeAsync(consultation, Proposal(body: new string('x', 10_000)))).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task SubmitProposal_UnknownConsultation_Returns404()
    {
        var (_, citizen) = await factory.CreateCitizenAsync();

        await (await citizen.ProposeAsync(NewSlug("nothing"))).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubmitProposal_OverHourlyLimit_Returns429WithRetryAfter()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        for (var i = 0; i < Limits.ProposalsPerHour; i++)
        {
            await citizen.CreateProposalAsync(consultation, $"Idea {i}");
        }

        var response = await citizen.ProposeAsync(consultation);

        var problem = await response.ExpectAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(429, problem.Int("status"));
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var (_, other) = await factory.CreateCitizenAsync();
        await (await other.ProposeAsync(consultation)).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task SubmitProposal_ScriptAndRawHtml_RenderedAsTextOnly()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();

        var id = await citizen.CreateProposalAsync(consultation, "Sneaky", "<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>");

        var proposal = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        var html = proposal.Text("bodyHtml");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var page = await _anonymous.HtmlAsync($"/proposals/{id}");
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportProposal_Twice_CountsOnce()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, author) = await factory.CreateCitizenAsync();
        var (_, supporter) = await factory.CreateCitizenAsync();
        var id = await author.CreateProposalAsync(consultation);

        var first = await (await supporter.PostEmptyAsync($"/api/v1/proposals/{id}/supports")).ExpectAsync(HttpStatusCode.OK);
        var second = await (await supporter.PostEmptyAsync($"/api/v1/proposals/{id}/supports")).ExpectAsync(HttpStatusCode.OK);
        await (await author.PostEmptyAsync($"/api/v1/proposals/{id}/supports")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, first.Int("supports"));
        Assert.Equal(1, second.Int("supports"));
        var proposal = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, proposal.Int("supports"));
    }

    [Fact]
    public async Task SupportProposal_Concurrently_CountsEachPersonOnce()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, author) = await factory.CreateCitizenAsync();
        var id = await author.CreateProposalAsync(consultation);
        var supporters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => factory.CreateCitizenAsync()));

        var responses = await Task.WhenAll(supporters.SelectMany(s => new[] { s.Client, s.Client })
            .Select(c => c.PostEmptyAsync($"/api/v1/proposals/{id}/supports")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var proposal = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, proposal.Int("supports"));
    }

    [Fact]
    public async Task SupportProposal_AnonymousOrUnknown_Returns401Or404()
    {
        var (_, citizen) = await factory.CreateCitizenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostEmptyAsync("/api/v1/proposals/1/supports")).StatusCode);
        await (await citizen.PostEmptyAsync("/api/v1/proposals/987654321/supports")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubmitComment_OnProposal_Returns201AndListsIt()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync(name: "Niels Bohr");
        var id = await citizen.CreateProposalAsync(consultation);

        var comment = await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = "I **agree**." }, Ct)).ExpectAsync(HttpStatusCode.Created);
        var list = await (await _anonymous.GetAsync($"/api/v1/proposals/{id}/comments", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Niels Bohr", comment.Text("author"));
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Contains("<strong>agree</strong>", listed.Text("bodyHtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitComment_EmptyTooLongOrClosed_Returns400Or422()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var id = await citizen.CreateProposalAsync(consultation);

        var empty = await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = " " }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = new string('y', 4001) }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["body"], empty.ErrorKeys());
        Assert.Equal(["body"], tooLong.ErrorKeys());

        var body = Consultation(consultation, -30, -1);
        await (await _admin.PutAsJsonAsync($"/api/v1/consultations/{consultation}", body, Ct)).ExpectAsync(HttpStatusCode.OK);
        await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = "Late." }, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        await (await citizen.PostEmptyAsync($"/api/v1/proposals/{id}/supports")).ExpectAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task SubmitComment_OverHourlyLimit_Returns429()
    {
        var (_, consultation) = await _admin.CreateOpenConsultationAsync();
        var (_, citizen) = await factory.CreateCitizenAsync();
        var id = await citizen.CreateProposalAsync(consultation);
        for (var i = 0; i < Limits.CommentsPerHour; i++)
        {
            await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = $"Comment {i}" }, Ct)).ExpectAsync(HttpStatusCode.Created);
        }

        await (await citizen.PostAsJsonAsync($"/api/v1/proposals/{id}/comments", new { body = "One too many" }, Ct)).ExpectAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task GetProposal_Unknown_Returns404()
    {
        await (await _anonymous.GetAsync("/api/v1/proposals/987654321", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _anonymous.GetAsync("/api/v1/proposals/987654321/comments", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }
}
