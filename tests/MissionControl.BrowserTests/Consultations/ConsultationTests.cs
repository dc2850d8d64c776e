using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Consultations;

/// <summary>
/// Co-creation end to end on the demo's open consultation: a citizen registers and takes part, the mission team
/// adopts a proposal and its trace appears, and a script in a proposal stays text.
/// </summary>
public sealed partial class ConsultationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Open = "dk-climate-ideas";
    private const string OpenTitle = "Your ideas for a climate-neutral Denmark";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A proposal submitted through the API by the bootstrap administrator (whose address is confirmed).</summary>
    private async Task<int> ProposeAsync(string title, string body)
    {
        var response = await Fixture.Api.PostAsJsonAsync($"/api/v1/consultations/{Open}/proposals", new { title, body }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("id").GetInt32();
    }

    private string ConfirmationLinkFor(string email)
    {
        var mail = Directory.EnumerateFiles(Fixture.App.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        return ConfirmLink().Match(mail.TextBody ?? "").Value;
    }

    [Fact]
    public async Task Citizen_RegistersConfirmsProposesAndSupports_ProposalListedAndSupportCounted()
    {
        var email = $"citizen-{Guid.NewGuid():N}@browser-tests.example";
        const string password = "Citizen-passw0rd-2026";
        await new RegisterPage(Page).GotoAsync();
        await AxeAssert.NoSeriousViolationsAsync(Page);
        await new RegisterPage(Page).RegisterAsync("Sofie Holm", email, password);

        var link = ConfirmationLinkFor(email);
        Assert.StartsWith(Fixture.BaseAddress.ToString().TrimEnd('/'), link, StringComparison.Ordinal);
        await Page.GotoAsync(link);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email address confirmed");
        await new LoginPage(Page).SignInAsAsync(email, password, $"/consultations/{Open}");

        var consultation = new ConsultationPage(Page);
        await Expect(consultation.Heading).ToHaveTextAsync(OpenTitle);
        await AxeAssert.NoSeriousViolationsAsync(Page);
        var mine = await consultation.ProposeAsync("Cargo bikes for every kindergarten", "Let kindergartens **borrow cargo bikes** instead of buying minibuses.");
        await Expect(mine.SuccessBanner).ToContainTextAsync("Your proposal has been submitted.");
        await Expect(mine.Body.Locator("strong")).ToHaveTextAsync("borrow cargo bikes");
        await Expect(Page.GetByText("By Sofie Holm")).ToBeVisibleAsync();

        consultation = await new ConsultationPage(Page).GotoAsync(Open, OpenTitle);
        await Expect(consultation.Proposals.Filter(new() { HasText = "Cargo bikes for every kindergarten" })).ToHaveCountAsync(1);
        var other = await consultation.OpenProposalAsync("Solar panels on every public roof");
        var before = int.Parse(await other.SupportCount.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await other.SupportAsync();
        await Expect(other.SupportCount).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.GetByText("You support this", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(other.SupportButton).ToHaveCountAsync(0);
        await AxeAssert.NoSeriousViolationsAsync(Page);
        await Screenshots.TakeAsync(Page, "consultations-proposal-supported");
    }

    [Fact]
    public async Task Administrator_AdoptsProposal_ProposalPageShowsInitiativeStageAndGateDecisions()
    {
        var id = await ProposeAsync("Offshore wind training for young workers", "Train young people from the west coast for jobs on the energy island.");
        await new LoginPage(Page).SignInAsAdministratorAsync($"/proposals/{id}");
        var proposal = new ProposalPage(Page);
        await Expect(proposal.Trace).ToContainTextAsync("Not adopted into an initiative yet.");

        await proposal.AdoptAsync("North Sea energy island");

        await Expect(proposal.Trace.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "North Sea energy island" })).ToHaveAttributeAsync("href", "/initiatives/north-sea-energy-island");
        await Expect(proposal.Trace).ToContainTextAsync(new Regex(@"Gate decision: Advance.*from Pilot to Scale"));
        await Expect(proposal.Trace).ToContainTextAsync("the initiative is at the Scale stage");
        await AxeAssert.NoSeriousViolationsAsync(Page);
        await Screenshots.TakeAsync(Page, "consultations-proposal-trace");

        await Page.Context.ClearCookiesAsync();
        await new ProposalPage(Page).GotoAsync(id);
        await Expect(proposal.Trace.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "North Sea energy island" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ProposalWithScriptTag_Opened_ShowsTheTextAndRunsNothing()
    {
        var id = await ProposeAsync("Markup test", "Before <script>window.__mcXss = 1; alert('xss')</script> after <img src=x onerror=\"window.__mcXss = 2\"> [link](javascript:window.__mcXss=3)");
        var dialogs = 0;
        Page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        var proposal = await new ProposalPage(Page).GotoAsync(id);

        await Expect(proposal.Body).ToContainTextAsync("<script>window.__mcXss = 1; alert('xss')</script>");
        await Expect(proposal.Body.Locator("script, img")).ToHaveCountAsync(0);
        await proposal.Body.GetByText("link").ClickAsync();
        Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__mcXss"));
        Assert.Equal(0, dialogs);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm\?\S+")]
    private static partial Regex ConfirmLink();
}
