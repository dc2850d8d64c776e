using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MissionControl.Core.Accounts;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Consultations;

/// <summary>Request bodies, people and shortcuts for the consultation tests.</summary>
internal static partial class ConsultationRequests
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Consultation(string slug, int opensInDays = -5, int closesInDays = 30, string channel = "online") => new()
    {
        ["slug"] = slug,
        ["channel"] = channel,
        ["title"] = $"Consultation {slug}",
        ["prompt"] = "What should we **do** next?",
        ["opens"] = Iso(Today.AddDays(opensInDays)),
        ["closes"] = Iso(Today.AddDays(closesInDays)),
    };

    public static Dictionary<string, object?> Proposal(string title = "Bike lanes everywhere", string body = "Build *protected* bike lanes.") =>
        new() { ["title"] = title, ["body"] = body };

    /// <summary>A mission and an open consultation on it, created by the administrator; returns (mission, consultation).</summary>
    public static async Task<(string Mission, string Consultation)> CreateOpenConsultationAsync(this HttpClient admin, int opensInDays = -5, int closesInDays = 30)
    {
        var mission = NewSlug("cmission");
        await admin.CreateMissionAsync(Mission(mission));
        var consultation = NewSlug("consult");
        await (await admin.PostAsJsonAsync($"/api/v1/missions/{mission}/consultations", Consultation(consultation, opensInDays, closesInDays), Ct))
            .ExpectAsync(HttpStatusCode.Created);
        return (mission, consultation);
    }

    public static Task<HttpResponseMessage> ProposeAsync(this HttpClient client, string consultation, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/consultations/{consultation}/proposals", body ?? Proposal(), Ct);

    public static async Task<int> CreateProposalAsync(this HttpClient citizen, string consultation, string title = "Bike lanes everywhere", string body = "Build *protected* bike lanes.") =>
        (await (await citizen.ProposeAsync(consultation, Proposal(title, body))).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> PostEmptyAsync(this HttpClient client, string path) =>
        client.PostAsJsonAsync(path, new Dictionary<string, object?>(), Ct);

    /// <summary>A registered citizen with an API token; unconfirmed ones have not followed their confirmation link.</summary>
    public static async Task<(TestUser User, HttpClient Client)> CreateCitizenAsync(this MissionControlFactory factory, bool confirmed = true, string? name = null)
    {
        string id, email;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            email = $"citizen-{Guid.NewGuid():N}@tests.missioncontrol.local";
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = name ?? "Test Citizen" };
            Assert.True((await users.CreateAsync(user, MissionControlFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Citizen)).Succeeded);
            id = user.Id;
        }

        var token = await factory.IssueTokenAsync(id);
        return (new TestUser(id, email, token), factory.CreateApiClient(token));
    }

    /// <summary>Posts a static-rendered form the way a browser does: the page's antiforgery token and the form's handler name.</summary>
    /// <summary>Opens the form at <paramref name="path"/>, runs <paramref name="beforePost"/> (if any) and sends the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string handler, Dictionary<string, string> fields,
        Func<Task>? beforePost = null)
    {
        var page = await (await client.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {path}: {page[..Math.Min(page.Length, 3000)]}");
        if (beforePost is not null)
        {
            await beforePost();
        }

        var body = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(path, content, Ct);
    }

    public static async Task<string> HtmlAsync(this HttpClient client, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"Expected {(int)status} for {path}, got {(int)response.StatusCode}.");
        return html;
    }

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
