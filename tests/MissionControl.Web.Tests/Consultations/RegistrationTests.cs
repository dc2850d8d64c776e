using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>Citizens register, receive a confirmation link by mail (a file in the pickup folder here) and only then sign in and take part.</summary>
public sealed partial class RegistrationTests(MissionControlFactory factory)
{
    private static Dictionary<string, string> Registration(string email, string password = MissionControlFactory.Password) => new()
    {
        ["Input.Name"] = "Astrid Lindgren",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    private MimeMessage? MailTo(string email) =>
        !Directory.Exists(factory.MailDirectory) ? null : Directory.EnumerateFiles(factory.MailDirectory, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address.Equals(email, StringComparison.OrdinalIgnoreCase)));

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = MissionControlFactory.Password });

    [Fact]
    public async Task Register_NewCitizen_MailsLinkThatConfirmsAndThenSignInWorks()
    {
        using var client = factory.CreateAnonymousClient();
        var email = $"astrid-{Guid.NewGuid():N}@tests.missioncontrol.local";

        var registered = await client.PostFormAsync("/account/register", "register", Registration(email));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("Check your email", await registered.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var mail = MailTo(email);
        Assert.NotNull(mail);
        var link = ConfirmLink().Match(mail.TextBody ?? "").Value;
        Assert.NotEmpty(link);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => r.RoleId).Join(db.Roles, id => id, r => r.Id, (_, r) => r.Name).AnyAsync(n => n == "Citizen", Ct)));

        var early = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Confirm your email address first", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var confirmed = await client.HtmlAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Email address confirmed", confirmed, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.EmailConfirmed, Ct)));

        var signedIn = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Register_BadFields_Returns400WithFieldErrors()
    {
        using var client = factory.CreateAnonymousClient();

        var response = await client.PostFormAsync("/account/register", "register", new() { ["Input.Name"] = "", ["Input.Email"] = "not-an-address", ["Input.Password"] = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#name\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#email\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ExistingAddress_AnswersTheSameAndCreatesNoSecondAccount()
    {
        using var client = factory.CreateAnonymousClient();
        var (user, _) = await factory.CreateCitizenAsync();

        var response = await client.PostFormAsync("/account/register", "register", Registration(user.Email));

        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == user.Email, Ct)));
        Assert.Contains("already have an account", MailTo(user.Email)!.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_TamperedCode_Returns400AndStaysUnconfirmed()
    {
        using var client = factory.CreateAnonymousClient();
        var (user, _) = await factory.CreateCitizenAsync(confirmed: false);

        var html = await client.HtmlAsync($"/account/confirm?userId={user.Id}&code=bm90LWEtdG9rZW4", HttpStatusCode.BadRequest);

        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id && u.EmailConfirmed, Ct)));
    }

    [Fact]
    public async Task PersonalTokens_SignedInCitizen_CreatesATokenThatWorksOnTheApi()
    {
        var (_, citizen) = await factory.CreateCitizenAsync();

        var response = await citizen.PostFormAsync("/account/tokens", "create-token", new() { ["Input.Name"] = "My script" });

        var html = await response.Content.ReadAsStringAsync(Ct);
        var secret = Regex.Match(html, "id=\"issued-token\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("mc_", secret, StringComparison.Ordinal);
        using var withToken = factory.CreateApiClient(secret);
        var (_, consultation) = await factory.CreateApiClient().CreateOpenConsultationAsync();
        await (await withToken.ProposeAsync(consultation)).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PersonalTokens_Anonymous_RedirectsToSignIn()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/account/tokens", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm\?\S+")]
    private static partial Regex ConfirmLink();
}
