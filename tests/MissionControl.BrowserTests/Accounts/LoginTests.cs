using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissionControl.BrowserTests.Infrastructure;
using MissionControl.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Accounts;

public sealed class LoginTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SignIn_Administrator_LandsOnWorkspaceWithSignOut()
    {
        var login = await new LoginPage(Page).GotoAsync();

        await login.SignInAsync(MissionControlApp.AdminEmail, MissionControlApp.AdminPassword);

        await Expect(Page).ToHaveURLAsync(new Regex("/workspace$"));
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Sign out") })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "API tokens", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_UnknownEmail_ShowsErrorSummaryAndStaysSignedOut()
    {
        var login = await new LoginPage(Page).GotoAsync();

        await login.SubmitAsync("nobody@browser-tests.example", "Not-the-password-123");

        await Expect(login.ErrorSummary).ToContainTextAsync("The email address or password is not right.");
        await Expect(login.Heading).ToHaveTextAsync(LoginPage.Title);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsFieldErrors()
    {
        var login = await new LoginPage(Page).GotoAsync();

        await login.SignInButton.ClickAsync();

        await Expect(login.ErrorSummaryLinks).ToHaveTextAsync(["Enter your email address.", "Enter your password."]);
    }

    [Fact]
    public async Task RunAxe_SignInPage_NoSeriousOrCriticalViolations()
    {
        await new LoginPage(Page).GotoAsync();
        await Screenshots.TakeAsync(Page, "sign-in");

        await AxeAssert.NoSeriousViolationsAsync(Page);
    }
}
