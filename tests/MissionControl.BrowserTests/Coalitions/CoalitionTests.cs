using System.Globalization;
using System.Net.Http.Json;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Coalitions;

public sealed class CoalitionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An organisation registered through the API; returns its name.</summary>
    private async Task<string> CreateFoundationAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"Browser Test Foundation {id}";
        var response = await Fixture.Api.PostAsJsonAsync("/api/v1/organisations",
            new { slug = $"browser-foundation-{id}", name, sector = "foundation", country = "DK" }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return name;
    }

    [Fact]
    public async Task PledgeDeliverVerify_MissionOwner_OrganisationActiveWithDeliveredTotal()
    {
        var mission = await Data.CreateOnTrackMissionAsync("coalition");
        var owner = await Data.CreateMissionOwnerAsync(mission.Slug);
        var foundation = await CreateFoundationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await new LoginPage(Page).SignInAsAsync(owner.Email, owner.Password, $"/missions/{mission.Slug}/coalition");
        var coalition = new CoalitionPage(Page);
        await Expect(Page.GetByText("No organisation has pledged to this mission yet.")).ToBeVisibleAsync();

        var pledgeForm = await coalition.OpenRecordPledgeAsync();
        coalition = await pledgeForm.RecordAsync(foundation, "Funding", "2000000", "DKK", Iso(today.AddMonths(-1)), Iso(today.AddYears(2)));
        await Expect(coalition.SuccessBanner).ToContainTextAsync("The pledge has been recorded.");
        await Expect(coalition.Member(foundation)).ToContainTextAsync("Funding 2,000,000 DKK");

        var deliveryForm = await coalition.OpenRecordDeliveryAsync(foundation);
        coalition = await deliveryForm.RecordAsync(Iso(today.AddDays(-3)), "500000", "https://example.org/grant-letter");
        await Expect(coalition.SuccessBanner).ToContainTextAsync("It counts once the mission team verifies it.");
        await Expect(coalition.Member(foundation).GetByRole(Microsoft.Playwright.AriaRole.Cell).Nth(2)).ToHaveTextAsync("–");

        await coalition.VerifyDeliveryAsync(foundation);

        await Expect(coalition.SuccessBanner).ToContainTextAsync("The delivery has been verified.");
        await Expect(coalition.SectorHeading("Foundation")).ToBeVisibleAsync();
        await Expect(coalition.Member(foundation)).ToContainTextAsync("Active");
        await Expect(coalition.Member(foundation)).ToContainTextAsync("Funding 500,000 DKK");
        await Expect(coalition.Pledges).ToContainTextAsync("Partly delivered");
        await Expect(coalition.Pledges).ToContainTextAsync("Verified");
        await Expect(coalition.SectorCount).ToHaveTextAsync("1");
        await Screenshots.TakeAsync(Page, "coalition-verified");
        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
