using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Governance;

public sealed class MissionLetterTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MissionLetter_CentreIssuesOwnerAcknowledges_PublicMissionPageShowsAcknowledged()
    {
        var mission = await Data.CreateOnTrackMissionAsync("letter");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);

        // The centre writes the letter: the goals come from the key figure.
        await new LoginPage(Page).SignInAsAdministratorAsync($"/missions/{mission.Slug}/letters");
        var letters = new MissionLettersPage(Page);
        await Expect(Page.GetByText("No letters yet.")).ToBeVisibleAsync();
        var form = await letters.OpenWriteNewLetterAsync();
        await Expect(form.Goals).ToHaveTextAsync([$"{mission.IndicatorName} at least 200 {mission.Unit} by 2030"]);
        await Screenshots.TakeAsync(Page, "letter-form");
        await AxeAssert.NoSeriousViolationsAsync(Page);
        var letter = await form.SaveDraftAsync(
            "Retrofitting of private and social housing. New buildings are covered by the building regulations, not this mission.",
            ["Danish Energy Agency", "Local Government Denmark", "Installers' trade association"],
            ["2027-06: Heat-pump subsidy scheme open in every municipality"],
            "Quarterly stocktake with the Prime Minister's Office",
            ["Gas boiler replacement grants"]);
        await Expect(letter.Status).ToHaveTextAsync("Draft");
        await Expect(letter.Heading).ToHaveTextAsync($"Mission letter: {mission.Title}");
        await Expect(letter.Addressee).ToContainTextAsync(mission.OwnerTitle);
        await Expect(letter.Goals).ToHaveTextAsync([$"{mission.IndicatorName} at least 200 {mission.Unit} by 2030"]);
        await Expect(letter.Section("Stakeholders to involve").GetByRole(AriaRole.Listitem))
            .ToHaveTextAsync(["Danish Energy Agency", "Local Government Denmark", "Installers' trade association"]);
        await Screenshots.TakeAsync(Page, "letter-draft");

        // ... and issues it. The centre is not the owner, so it cannot acknowledge.
        await letter.IssueAsync();
        await Expect(letter.SuccessBanner).ToContainTextAsync("The letter has been issued.");
        await Expect(letter.Status).ToHaveTextAsync("Issued");
        await Expect(letter.IssueButton).ToHaveCountAsync(0);
        await Expect(letter.AcknowledgeButton).ToHaveCountAsync(0);
        var letterId = letter.Id;

        // On paper only the letter shows: no navigation, status or buttons.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(letter.Navigation).ToBeHiddenAsync();
        await Expect(letter.Status).ToBeHiddenAsync();
        await Expect(letter.Sender).ToBeVisibleAsync();
        await Expect(letter.Heading).ToBeVisibleAsync();
        await Screenshots.TakeAsync(Page, "letter-print");
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The owner signs in, finds the letter on the mission page and acknowledges it.
        await using (var ownerContext = await Fixture.NewContextAsync())
        {
            var ownerPage = await ownerContext.NewPageAsync();
            await new LoginPage(ownerPage).SignInAsAsync(owner.Email, owner.Password, $"/missions/{mission.Slug}");
            var missionPage = new MissionPage(ownerPage);
            await Expect(missionPage.Detail("Mission letter")).ToContainTextAsync("Issued");
            await missionPage.Detail("Mission letter").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Version 1, issued") }).ClickAsync();
            await ownerPage.WaitForURLAsync($"**/letters/{letterId}");
            var ownersLetter = new LetterPage(ownerPage);
            await Expect(ownersLetter.IssueButton).ToHaveCountAsync(0);
            await ownersLetter.AcknowledgeAsync();
            await Expect(ownersLetter.SuccessBanner).ToContainTextAsync("You have acknowledged the letter.");
            await Expect(ownersLetter.Status).ToHaveTextAsync("Acknowledged");
            await Expect(ownersLetter.Acknowledgement).ToContainTextAsync($"Received and acknowledged by {owner.DisplayName}");
            await Expect(ownersLetter.AcknowledgeButton).ToHaveCountAsync(0);
            await Screenshots.TakeAsync(ownerPage, "letter-acknowledged");
            await AxeAssert.NoSeriousViolationsAsync(ownerPage);
        }

        // The public sees the acknowledged letter on the mission page.
        await using (var publicContext = await Fixture.NewContextAsync())
        {
            var publicPage = await publicContext.NewPageAsync();
            var missionPage = await new MissionPage(publicPage).GotoAsync(mission.Slug, mission.Title);
            await Expect(missionPage.Detail("Mission letter").Locator("[data-letter-status]")).ToHaveTextAsync("Acknowledged");
            await Expect(missionPage.Detail("Mission letter")).ToContainTextAsync("Version 1, issued");
            await Screenshots.TakeAsync(publicPage, "letter-mission-page");
            var list = await new MissionLettersPage(publicPage).GotoAsync(mission.Slug);
            await Expect(list.Row(1).Locator("[data-letter-status]")).ToHaveTextAsync("Acknowledged");
            await Expect(list.WriteNewLetterLink).ToHaveCountAsync(0);
            await Screenshots.TakeAsync(publicPage, "letter-list");
            await AxeAssert.NoSeriousViolationsAsync(publicPage);
        }

        var listed = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/missions/{mission.Slug}/letters", Ct);
        var only = Assert.Single(listed.EnumerateArray());
        Assert.Equal("acknowledged", only.GetProperty("status").GetString());
        Assert.Equal(letterId, only.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task LetterChanges_SecondVersion_ShowsWhatWasAddedAndRemoved()
    {
        var mission = await Data.CreateOnTrackMissionAsync("letter-changes");
        await WriteAndIssueAsync(mission.Slug, ["Danish Energy Agency", "Local Government Denmark"], []);
        var second = await WriteAndIssueAsync(mission.Slug, ["Danish Energy Agency", "Installers' trade association"], ["Gas boiler replacement grants"]);

        await Page.GotoAsync($"/letters/{second}/changes");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("What changed in version 2");
        var stakeholders = Page.GetByRole(AriaRole.Region, new() { Name = "Stakeholders to involve", Exact = true }).GetByRole(AriaRole.Listitem);
        await Expect(stakeholders).ToHaveTextAsync(
            ["Unchanged: Danish Energy Agency", "Removed Local Government Denmark", "Added Installers' trade association"]);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Scope", Exact = true })).ToContainTextAsync("No change.");
        await Screenshots.TakeAsync(Page, "letter-changes");
        await AxeAssert.NoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task WriteLetter_WithoutScopeOrReportingCadence_ShowsBothErrorsAndSavesNothing()
    {
        var mission = await Data.CreateOnTrackMissionAsync("letter-errors");
        await new LoginPage(Page).SignInAsAdministratorAsync($"/missions/{mission.Slug}/letters/new");
        var form = new LetterFormPage(Page);

        await form.Stakeholders.FillAsync("Danish Energy Agency");
        await form.SaveDraftButton.ClickAsync();

        await Expect(form.ErrorSummaryLinks).ToHaveTextAsync(
        [
            "Enter the scope: what the mission covers and what it leaves out.",
            "Enter the reporting cadence, e.g. a quarterly stocktake with the centre.",
        ]);
        await Expect(form.ErrorSummaryLinks.First).ToHaveAttributeAsync("href", "#scope");
        await Expect(form.Stakeholders).ToHaveValueAsync("Danish Energy Agency");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        await AxeAssert.NoSeriousViolationsAsync(Page);
        var listed = await Fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/missions/{mission.Slug}/letters", Ct);
        Assert.Equal(0, listed.GetArrayLength());
    }

    private async Task<int> WriteAndIssueAsync(string missionSlug, string[] stakeholders, string[] noLongerPriorities)
    {
        using var written = await Fixture.Api.PostAsJsonAsync($"/api/v1/missions/{missionSlug}/letters", new
        {
            scope = "Retrofitting of private and social housing.",
            stakeholders,
            milestones = new[] { "2027-06: Heat-pump subsidy scheme open in every municipality" },
            reportingCadence = "Quarterly stocktake with the Prime Minister's Office",
            noLongerPriorities,
        }, Ct);
        Assert.True(written.IsSuccessStatusCode, await written.Content.ReadAsStringAsync(Ct));
        var id = (await written.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        using var issued = await Fixture.Api.PostAsync($"/api/v1/letters/{id}/issue", null, Ct);
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync(Ct));
        return id;
    }
}
