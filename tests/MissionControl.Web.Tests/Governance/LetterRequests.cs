using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Accounts;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Governance;

/// <summary>Request bodies and calls for the mission-letter API, as a client writes them.</summary>
internal static class LetterRequests
{
    public const string OwnerName = "Dan Jørgensen";
    public const string OwnerTitle = "Minister for Climate, Energy and Utilities";

    /// <summary>The goals the letter mission's indicators give, in the letter's order (the 2020 milestone is history).</summary>
    public static readonly string[] ExpectedGoals =
    [
        "Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2050",
        "Milestone: net greenhouse-gas emissions at most 40 Mt CO2e by 2040",
        "Share of electric cars in new sales at least 45% by 2030",
    ];

    public static Dictionary<string, object?> Letter(
        string? scope = "Energy, transport, buildings and farming. Aviation and shipping are outside the mission.",
        string[]? stakeholders = null,
        string[]? milestones = null,
        string? reportingCadence = "Quarterly stocktake with the Prime Minister; annual report to parliament",
        string[]? noLongerPriorities = null) => new()
        {
            ["scope"] = scope,
            ["stakeholders"] = stakeholders ?? ["Danish Energy Agency", "Local Government Denmark"],
            ["milestones"] = milestones ?? ["2027-06: Climate action plan for agriculture adopted"],
            ["reportingCadence"] = reportingCadence,
            ["noLongerPriorities"] = noLongerPriorities ?? ["The national hydrogen strategy"],
        };

    /// <summary>
    /// An active mission with a named owner, a key figure that should fall to 23.8 by 2050 (milestones 80 in 2020,
    /// already past, and 40 in 2040, ahead), a supporting indicator that should rise to 45% by 2030, and one
    /// without a target (no goal).
    /// </summary>
    public static async Task<string> CreateLetterMissionAsync(this HttpClient admin, string status = "active")
    {
        var mission = NewSlug("lettered");
        await admin.CreateMissionAsync(Mission(mission, status).With("ownerName", OwnerName).With("ownerTitle", OwnerTitle));
        await (await admin.PostIndicatorAsync(new Dictionary<string, object?>
        {
            ["slug"] = NewSlug("net-emissions"),
            ["missionSlug"] = mission,
            ["role"] = "key",
            ["name"] = "Net greenhouse-gas emissions",
            ["unit"] = "Mt CO2e",
            ["direction"] = "decrease",
            ["baseline"] = Point("2010", 100),
            ["target"] = Point("2050", 23.8),
            ["milestones"] = new[] { Point("2020", 80), Point("2040", 40) },
        })).ExpectAsync(HttpStatusCode.Created);
        await admin.CreateSupportingAsync(mission, "Share of electric cars in new sales", "%", "increase", Point("2030", 45));
        await admin.CreateSupportingAsync(mission, "Methane from farming", "kt", "decrease", null);
        return mission;
    }

    public static async Task CreateSupportingAsync(this HttpClient admin, string mission, string name, string unit, string direction, object? target) =>
        await (await admin.PostIndicatorAsync(new Dictionary<string, object?>
        {
            ["slug"] = NewSlug("supporting"),
            ["missionSlug"] = mission,
            ["role"] = "supporting",
            ["name"] = name,
            ["unit"] = unit,
            ["direction"] = direction,
            ["baseline"] = Point("2020", 10),
            ["target"] = target,
        })).ExpectAsync(HttpStatusCode.Created);

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string name, object? value)
    {
        body[name] = value;
        return body;
    }

    public static Task<HttpResponseMessage> PostLetterAsync(this HttpClient client, string missionSlug, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/missions/{missionSlug}/letters", body ?? Letter(), Ct);

    /// <summary>Writes a new draft and returns its id.</summary>
    public static async Task<int> WriteLetterAsync(this HttpClient admin, string missionSlug, object? body = null) =>
        (await (await admin.PostLetterAsync(missionSlug, body)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> PostIssueAsync(this HttpClient client, int id) =>
        client.PostAsync($"/api/v1/letters/{id}/issue", null, Ct);

    public static Task<HttpResponseMessage> PostAcknowledgeAsync(this HttpClient client, int id) =>
        client.PostAsync($"/api/v1/letters/{id}/acknowledge", null, Ct);

    public static async Task IssueAsync(this HttpClient admin, int id) =>
        await (await admin.PostIssueAsync(id)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Writes and issues a letter; returns its id.</summary>
    public static async Task<int> WriteAndIssueAsync(this HttpClient admin, string missionSlug, object? body = null)
    {
        var id = await admin.WriteLetterAsync(missionSlug, body);
        await admin.IssueAsync(id);
        return id;
    }

    public static async Task<JsonElement> GetLetterAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/v1/letters/{id}", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> ListLettersAsync(this HttpClient client, string missionSlug) =>
        await (await client.GetAsync($"/api/v1/missions/{missionSlug}/letters", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static JsonElement WithVersion(this JsonElement letters, int version) =>
        Assert.Single(letters.EnumerateArray(), l => l.GetProperty("version").GetInt32() == version);

    public static IReadOnlyList<string> Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The goals as the letter reads them: "{text} by {due}".</summary>
    public static IReadOnlyList<string> GoalLines(this JsonElement letter) =>
        [.. letter.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("due").GetString() is { } due ? $"{g.Text("text")} by {due}" : g.Text("text"))];

    /// <summary>Makes the bootstrap administrator an owner of the mission too.</summary>
    public static Task MakeAdministratorOwnerAsync(this MissionControlFactory factory, string missionSlug) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == MissionControlFactory.AdminEmail).Select(u => u.Id).SingleAsync(Ct);
            var missionId = await db.Missions.Where(m => m.Slug == missionSlug).Select(m => m.Id).SingleAsync(Ct);
            db.MissionOwnerships.Add(new MissionOwnership { UserId = userId, MissionId = missionId });
            return await db.SaveChangesAsync(Ct);
        });

    public static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);
}
