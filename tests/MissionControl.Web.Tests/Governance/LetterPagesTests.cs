using System.Net;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Governance.LetterRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Governance;

/// <summary>
/// The mission-letter pages at HTTP level: the row on the mission page, the list, the form, the letter laid out
/// as an official letter, and the changes between versions; drafts stay hidden from the public.
/// </summary>
public sealed class LetterPagesTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private static async Task<string> HtmlAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} for {path}, got {(int)response.StatusCode}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    [Fact]
    public async Task MissionPage_IssuedLetter_ShowsMissionLetterRowWithStatusAndLink()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}");

        Assert.Contains("<dt class=\"govuk-summary-list__key\">Mission letter</dt>", html);
        Assert.Contains($"href=\"/letters/{id}\">Version 1, issued", html);
        Assert.Contains("data-letter-status=\"issued\"", html);
        Assert.Contains($"href=\"/missions/{mission}/letters\"", html);
        // The key figure stays the first thing after the summary.
        Assert.True(html.IndexOf("id=\"mission-letter\"", StringComparison.Ordinal) < html.IndexOf("id=\"key-figure-heading\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissionPage_OnlyADraft_NoLetterRowForThePublicButOneForTheCentre()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        await _admin.WriteLetterAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}");

        Assert.DoesNotContain("id=\"mission-letter\"", html);
        Assert.DoesNotContain("data-letter-status", html);
        var adminHtml = await HtmlAsync(_admin, $"/missions/{mission}");
        Assert.Contains("No letter issued yet.", adminHtml);
    }

    [Fact]
    public async Task MissionPage_AcknowledgedLetter_ShowsAcknowledged()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var id = await _admin.WriteAndIssueAsync(mission);
        await (await owner.PostAcknowledgeAsync(id)).ExpectAsync(HttpStatusCode.OK);

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}");

        Assert.Contains("data-letter-status=\"acknowledged\">Acknowledged</strong>", html);
        Assert.Contains("by the owner on", html);
    }

    [Fact]
    public async Task LetterPage_Issued_ShowsTheOfficialLetterWithoutActionsToThePublic()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteAndIssueAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/letters/{id}");

        Assert.Contains("<p class=\"mc-letter__sender\">The Government</p>", html);
        Assert.Contains($"<h1 class=\"govuk-heading-l mc-letter__subject\" id=\"letter-subject\">Mission letter: Mission {mission}</h1>", html);
        Assert.Contains(OwnerTitle, html);
        Assert.Contains($"Dear {OwnerName},", WebUtility.HtmlDecode(html));
        Assert.Contains("Net greenhouse-gas emissions at most 23.8 Mt CO2e by <strong>2050</strong>", html);
        Assert.Contains("Local Government Denmark", html);
        Assert.Contains("The national hydrogen strategy", html);
        Assert.Contains("Quarterly stocktake with the Prime Minister", html);
        Assert.Contains("data-letter-status=\"issued\"", html);
        Assert.DoesNotContain("Issue letter", html);
        Assert.DoesNotContain("Acknowledge letter", html);
    }

    [Fact]
    public async Task LetterPage_Draft_404ToThePublicAndIssueButtonForTheCentre()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var id = await _admin.WriteLetterAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/letters/{id}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("Local Government Denmark", html);

        var adminHtml = await HtmlAsync(_admin, $"/letters/{id}");
        Assert.Contains("Issue letter", adminHtml);
        Assert.Contains("Draft – not issued", adminHtml);
        Assert.DoesNotContain("Acknowledge letter", adminHtml);
    }

    [Fact]
    public async Task LetterPage_IssuedToItsOwner_ShowsAcknowledgeButNotIssue()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var id = await _admin.WriteAndIssueAsync(mission);

        var html = await HtmlAsync(owner, $"/letters/{id}");

        Assert.Contains("Acknowledge letter", html);
        Assert.DoesNotContain("Issue letter", html);
        // The centre is not the owner: no acknowledge button for administrators.
        Assert.DoesNotContain("Acknowledge letter", await HtmlAsync(_admin, $"/letters/{id}"));
    }

    [Fact]
    public async Task ChangesPage_SecondVersion_ShowsAddedAndRemovedLinesSectionBySection()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var first = await _admin.WriteAndIssueAsync(mission);
        var second = await _admin.WriteAndIssueAsync(mission, Letter(
            stakeholders: ["Danish Energy Agency", "Farmers' association"],
            noLongerPriorities: ["Biofuel blending targets"]));

        var html = await HtmlAsync(_anonymous, $"/letters/{second}/changes");

        Assert.Contains("What changed in version 2", html);
        Assert.Contains($"href=\"/letters/{first}\">version 1</a>", html);
        Assert.Contains("2 of 7 sections changed: Stakeholders to involve, No longer a priority.", html);
        Assert.Contains("Removed</strong> <del>Local Government Denmark</del>", html);
        Assert.Contains("Added</strong> <ins>Farmers&#x27; association</ins>", html);
        Assert.Contains("Removed</strong> <del>The national hydrogen strategy</del>", html);
        Assert.Contains("Added</strong> <ins>Biofuel blending targets</ins>", html);
    }

    [Fact]
    public async Task ChangesPage_FirstVersion_SaysThereIsNothingToCompare()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        var first = await _admin.WriteAndIssueAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/letters/{first}/changes");

        Assert.Contains("there is no earlier version to compare it with", html);
    }

    [Fact]
    public async Task LettersPage_Centre_ListsDraftAndOffersToContinueIt()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        await _admin.WriteAndIssueAsync(mission);
        await _admin.WriteLetterAsync(mission);

        var html = await HtmlAsync(_admin, $"/missions/{mission}/letters");

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Mission letters</h1>", html);
        Assert.Contains("Continue the draft (version 2)", html);
        Assert.Contains("data-version=\"2\"", html);
        Assert.Contains("data-letter-status=\"draft\"", html);
    }

    [Fact]
    public async Task LettersPage_Anonymous_NoDraftAndNoWriteButton()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        await _admin.WriteAndIssueAsync(mission);
        await _admin.WriteLetterAsync(mission);

        var html = await HtmlAsync(_anonymous, $"/missions/{mission}/letters");

        Assert.Contains("data-version=\"1\"", html);
        Assert.DoesNotContain("data-version=\"2\"", html);
        Assert.DoesNotContain("Write a new letter", html);
        Assert.DoesNotContain("Continue the draft", html);
    }

    [Fact]
    public async Task LetterForm_Centre_ShowsTheGoalsAndStartsFromTheLastLetter()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        await _admin.WriteAndIssueAsync(mission);

        var html = await HtmlAsync(_admin, $"/missions/{mission}/letters/new");

        Assert.Contains("Write a new letter", html);
        Assert.Contains("This will be version 2.", html);
        Assert.Contains("<li>Milestone: net greenhouse-gas emissions at most 40 Mt CO2e by 2040</li>", html);
        Assert.Contains("Local Government Denmark</textarea>", html);
    }

    [Fact]
    public async Task LetterForm_MissionOwner_Returns403()
    {
        var mission = await _admin.CreateLetterMissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        var html = await HtmlAsync(owner, $"/missions/{mission}/letters/new", HttpStatusCode.Forbidden);

        Assert.Contains("only administrators write them", html);
    }

    [Fact]
    public async Task LetterForm_Anonymous_RedirectsToSignIn()
    {
        var mission = await _admin.CreateLetterMissionAsync();

        var response = await _anonymous.GetAsync($"/missions/{mission}/letters/new", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
