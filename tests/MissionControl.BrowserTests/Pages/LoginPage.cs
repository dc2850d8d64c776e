using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The sign-in form, <c>/account/login</c>.</summary>
public sealed class LoginPage(IPage page) : PageObject(page)
{
    public const string Title = "Sign in";

    public ILocator Email => Page.GetByLabel("Email address", new() { Exact = true });

    public ILocator Password => Page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public async Task<LoginPage> GotoAsync(string? returnUrl = null)
    {
        await Page.GotoAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    /// <summary>Fills and sends the form; waits until the browser has left the sign-in page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    public async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }

    /// <summary>Signs in as the bootstrap administrator and lands on <paramref name="returnUrl"/>.</summary>
    public Task SignInAsAdministratorAsync(string returnUrl) =>
        SignInAsAsync(MissionControlApp.AdminEmail, MissionControlApp.AdminPassword, returnUrl);

    /// <summary>Signs in with the account given and lands on <paramref name="returnUrl"/>.</summary>
    public async Task SignInAsAsync(string email, string password, string returnUrl)
    {
        await GotoAsync(returnUrl);
        await SignInAsync(email, password);
        await Expect(Page).ToHaveURLAsync(PathPattern(returnUrl));
    }

    private static Regex PathPattern(string path) => new(Regex.Escape(path) + "([?#].*)?$");
}
