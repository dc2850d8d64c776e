using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The registration form, <c>/account/register</c>.</summary>
public sealed class RegisterPage(IPage page) : PageObject(page)
{
    public async Task<RegisterPage> GotoAsync()
    {
        await Page.GotoAsync("/account/register");
        await Expect(Heading).ToHaveTextAsync("Register to take part");
        return this;
    }

    public async Task RegisterAsync(string name, string email, string password)
    {
        await Page.GetByLabel("Your name").FillAsync(name);
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Check your email");
    }
}

/// <summary>A consultation, <c>/consultations/{slug}</c>: prompt, proposals by supports, the proposal form.</summary>
public sealed class ConsultationPage(IPage page) : PageObject(page)
{
    public ILocator Proposals => Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Proposals", Exact = true }) }).GetByRole(AriaRole.Listitem);

    public async Task<ConsultationPage> GotoAsync(string slug, string title)
    {
        await Page.GotoAsync($"/consultations/{slug}");
        await Expect(Heading).ToHaveTextAsync(title);
        return this;
    }

    public async Task<ProposalPage> ProposeAsync(string title, string body)
    {
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Your proposal").FillAsync(body);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();
        var proposal = new ProposalPage(Page);
        await Expect(proposal.Heading).ToHaveTextAsync(title);
        return proposal;
    }

    public async Task<ProposalPage> OpenProposalAsync(string title)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        var proposal = new ProposalPage(Page);
        await Expect(proposal.Heading).ToHaveTextAsync(title);
        return proposal;
    }
}

/// <summary>A proposal, <c>/proposals/{id}</c>: its text, supports, trace and comments.</summary>
public sealed class ProposalPage(IPage page) : PageObject(page)
{
    public ILocator Body => Page.Locator("#proposal-body");

    public ILocator SupportCount => Page.Locator("#support-count");

    public ILocator SupportButton => Page.GetByRole(AriaRole.Button, new() { Name = "Support this proposal" });

    public ILocator Trace => Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "What happened to this proposal" }) });

    public async Task<ProposalPage> GotoAsync(int id)
    {
        await Page.GotoAsync($"/proposals/{id}");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task SupportAsync()
    {
        await SupportButton.ClickAsync();
        await Expect(SuccessBanner).ToContainTextAsync("You support this proposal.");
    }

    public async Task AdoptAsync(string initiativeTitle)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Adopt into an initiative" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Adopt the proposal into an initiative");
        await Page.GetByLabel("Initiative").SelectOptionAsync(new SelectOptionValue { Label = initiativeTitle });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Adopt proposal" }).ClickAsync();
        await Expect(SuccessBanner).ToContainTextAsync("The proposal has been adopted.");
    }

    public static Regex IdIn { get; } = new("/proposals/([0-9]+)");
}
