using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>A mission's coalition, <c>/missions/{slug}/coalition</c>: members by sector, pledged against delivered, pledges and deliveries.</summary>
public sealed class CoalitionPage(IPage page) : PageObject(page)
{
    public const string Title = "Coalition";

    public async Task<CoalitionPage> GotoAsync(string missionSlug)
    {
        await Page.GotoAsync($"/missions/{missionSlug}/coalition");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    /// <summary>The row of a member in the "Members by sector" table, found by the organisation's name.</summary>
    public ILocator Member(string organisationName) =>
        Page.Locator("#members").GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = organisationName, Exact = true }) });

    /// <summary>The row of the sector heading, e.g. "Foundation".</summary>
    public ILocator SectorHeading(string sector) => Page.Locator("#members").GetByRole(AriaRole.Columnheader, new() { Name = sector, Exact = true });

    public ILocator Pledges => Page.Locator("#pledges");

    public ILocator RecordPledgeButton => Page.GetByRole(AriaRole.Link, new() { Name = "Record a pledge", Exact = true });

    /// <summary>The count "N of 13 sectors represented".</summary>
    public ILocator SectorCount => Page.Locator("#sector-count");

    public async Task<PledgeFormPage> OpenRecordPledgeAsync()
    {
        await RecordPledgeButton.ClickAsync();
        await Expect(Heading).ToHaveTextAsync(PledgeFormPage.Title);
        return new PledgeFormPage(Page);
    }

    public async Task<DeliveryFormPage> OpenRecordDeliveryAsync(string organisationName)
    {
        await Pledges.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Record a delivery against the pledge of {Regex.Escape(organisationName)}$") }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(DeliveryFormPage.Title);
        return new DeliveryFormPage(Page);
    }

    /// <summary>Verifies the organisation's first delivery awaiting verification and waits for the confirmation.</summary>
    public async Task VerifyDeliveryAsync(string organisationName)
    {
        await Pledges.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Verify the delivery of .* by {Regex.Escape(organisationName)}$") }).First.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/coalition\?saved=verified$"));
    }
}

/// <summary>The form to record a pledge, <c>/missions/{slug}/pledges/new</c>.</summary>
public sealed class PledgeFormPage(IPage page) : PageObject(page)
{
    public const string Title = "Record a pledge";

    public ILocator Organisation => Page.GetByLabel("Organisation", new() { Exact = true });

    public ILocator Kind => Page.GetByLabel("Kind of contribution", new() { Exact = true });

    public ILocator Quantity => Page.GetByLabel("Quantity", new() { Exact = true });

    public ILocator Unit => Page.GetByLabel("Unit", new() { Exact = true });

    public ILocator From => Page.GetByLabel("From", new() { Exact = true });

    public ILocator To => Page.GetByLabel("To", new() { Exact = true });

    public async Task<CoalitionPage> RecordAsync(string organisationName, string kind, string quantity, string unit, string from, string to)
    {
        await Organisation.SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await Kind.SelectOptionAsync(new SelectOptionValue { Label = kind });
        await Quantity.FillAsync(quantity);
        await Unit.FillAsync(unit);
        await From.FillAsync(from);
        await To.FillAsync(to);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record pledge", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/coalition\?saved=pledged$"));
        return new CoalitionPage(Page);
    }
}

/// <summary>The form to record a delivery against a pledge, <c>/pledges/{id}/deliveries/new</c>.</summary>
public sealed class DeliveryFormPage(IPage page) : PageObject(page)
{
    public const string Title = "Record a delivery";

    public ILocator Date => Page.GetByLabel("Date of the delivery", new() { Exact = true });

    public ILocator Quantity => Page.GetByLabel(new Regex(@"^Quantity delivered"));

    public ILocator Evidence => Page.GetByLabel("Evidence", new() { Exact = true });

    public async Task<CoalitionPage> RecordAsync(string date, string quantity, string evidence)
    {
        await Date.FillAsync(date);
        await Quantity.FillAsync(quantity);
        await Evidence.FillAsync(evidence);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record delivery", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/coalition\?saved=delivered$"));
        return new CoalitionPage(Page);
    }
}
