using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Governance;

/// <summary>A mission's capabilities register: <c>GET|POST /api/v1/missions/{slug}/capabilities</c>, <c>PUT|DELETE /api/v1/capabilities/{id}</c>, and its pages.</summary>
public sealed class CapabilitiesApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    private static object Capability(string name, string? gap = null, params object[] suppliers) =>
        new { name, need = "Two analysts", suppliers, gap };

    private static object Supplier(string name, string kind, string? organisation = null) => new { name, kind, organisation };

    private async Task<string> MissionAsync()
    {
        var mission = NewSlug("capable");
        await _admin.CreateMissionAsync(Mission(mission));
        return mission;
    }

    private async Task<JsonElement> RegisterAsync(HttpClient client, string mission) =>
        await (await client.GetAsync($"/api/v1/missions/{mission}/capabilities", Ct)).ExpectAsync(HttpStatusCode.OK);

    private async Task<int> AddAsync(string mission, object body) =>
        (await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities", body, Ct)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task AddCapability_WithSuppliersAndWithout_RegisterCountsTheGaps()
    {
        var mission = await MissionAsync();
        await AddAsync(mission, Capability("Data science", null, Supplier("Data lead", "staff", "Energy Agency"), Supplier("DTU modelling group", "external-expert")));
        await AddAsync(mission, Capability("Procurement", "No competitive-dialogue experience", Supplier("Procurement team", "staff")));
        await AddAsync(mission, Capability("Behavioural insight"));

        var register = await RegisterAsync(_anonymous, mission);

        register.AssertHasProperties("missionSlug", "missionTitle", "capabilities", "gaps");
        Assert.Equal(2, register.GetProperty("gaps").GetInt32());
        var list = register.GetProperty("capabilities").EnumerateArray().ToList();
        Assert.Equal(["Behavioural insight", "Data science", "Procurement"], list.Select(c => c.Text("name")));
        var data = list[1];
        data.AssertHasProperties("id", "name", "need", "suppliers", "gap", "hasGap");
        Assert.False(data.GetProperty("hasGap").GetBoolean());
        Assert.Equal(["staff", "external-expert"], data.GetProperty("suppliers").EnumerateArray().Select(s => s.Text("kind")));
        Assert.True(list[0].GetProperty("hasGap").GetBoolean());
        Assert.Equal("No competitive-dialogue experience", list[2].Text("gap"));
    }

    [Fact]
    public async Task ChangeCapability_NewSuppliers_ReplaceTheOldAndAudited()
    {
        var mission = await MissionAsync();
        var id = await AddAsync(mission, Capability("Technology", null, Supplier("Old supplier", "staff")));

        var changed = await (await _admin.PutAsJsonAsync($"/api/v1/capabilities/{id}",
            Capability("Technology", "One cloud architect short", Supplier("Digital agency team", "practitioner", "Agency for Digital Government")), Ct))
            .ExpectAsync(HttpStatusCode.OK);

        var supplier = Assert.Single(changed.GetProperty("suppliers").EnumerateArray());
        Assert.Equal("Digital agency team", supplier.Text("name"));
        Assert.Equal("practitioner", supplier.Text("kind"));
        Assert.True(changed.GetProperty("hasGap").GetBoolean());
        var audit = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries
            .Where(a => a.EntityType == "Capability" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.Action).ToList()));
        Assert.Equal(["created", "updated"], audit.Order());
    }

    [Fact]
    public async Task ChangeCapability_StaleIfMatch_Returns412AndKeepsTheOtherChange()
    {
        var mission = await MissionAsync();
        var id = await AddAsync(mission, Capability("Technology"));
        var read = (await RegisterAsync(_anonymous, mission)).GetProperty("capabilities")[0].GetProperty("version").GetInt32();
        await (await _admin.PutAsJsonAsync($"/api/v1/capabilities/{id}", Capability("Technology", "One architect short"), Ct)).ExpectAsync(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/capabilities/{id}") { Content = JsonContent.Create(Capability("Renamed")) };
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{read}\"");
        var problem = await (await _admin.SendAsync(stale, Ct)).ExpectAsync(HttpStatusCode.PreconditionFailed);

        Assert.Contains("Someone else changed this capability", problem.Text("detail"));
        var kept = (await RegisterAsync(_anonymous, mission)).GetProperty("capabilities")[0];
        Assert.Equal("Technology", kept.Text("name"));
        Assert.Equal(read + 1, kept.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task CapabilityForm_OpenedBeforeSomeoneElsesChange_Returns409AndKeepsTheirs()
    {
        var mission = await MissionAsync();
        var id = await AddAsync(mission, Capability("Technology"));
        var page = await _admin.GetStringAsync($"/capabilities/{id}/edit", Ct);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var version = Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.NotEmpty(version);
        await (await _admin.PutAsJsonAsync($"/api/v1/capabilities/{id}", Capability("Technology", "Changed meanwhile"), Ct)).ExpectAsync(HttpStatusCode.OK);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "capability",
            ["__RequestVerificationToken"] = token,
            ["Input.Version"] = version,
            ["Input.Name"] = "Overwritten from the stale form",
        });
        var response = await _admin.PostAsync($"/capabilities/{id}/edit", form, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this capability after you opened it.", html);
        Assert.Equal("Changed meanwhile", (await RegisterAsync(_anonymous, mission)).GetProperty("capabilities")[0].Text("gap"));
    }

    [Fact]
    public async Task AddCapability_NoNameBadKindSupplierWithoutName_Returns400PerField()
    {
        var mission = await MissionAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities",
            new { name = " ", suppliers = new object[] { Supplier("Someone", "wizard"), new { organisation = "Nameless Ltd" } } }, Ct))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name", "suppliers[0].kind", "suppliers[1].name"], problem.ErrorKeys().Order());
    }

    [Fact]
    public async Task AddCapability_NameTooLong_Returns400()
    {
        var mission = await MissionAsync();

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities", Capability(new string('x', 201)), Ct))
            .ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Capabilities_OwnerOfAnotherMission_Returns403AndAnonymous401()
    {
        var mission = await MissionAsync();
        var other = await MissionAsync();
        var id = await AddAsync(mission, Capability("Data science"));
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        await (await owner.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities", Capability("Procurement"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await owner.PutAsJsonAsync($"/api/v1/capabilities/{id}", Capability("Renamed"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await owner.DeleteAsync($"/api/v1/capabilities/{id}", Ct)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await _anonymous.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities", Capability("Procurement"), Ct)).ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Data science", Assert.Single((await RegisterAsync(_anonymous, mission)).GetProperty("capabilities").EnumerateArray()).Text("name"));
    }

    [Fact]
    public async Task Capabilities_OwnerOfTheMission_AddsAndRemoves()
    {
        var mission = await MissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);

        var id = (await (await owner.PostAsJsonAsync($"/api/v1/missions/{mission}/capabilities", Capability("Data science"), Ct))
            .ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await owner.DeleteAsync($"/api/v1/capabilities/{id}", Ct)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Empty((await RegisterAsync(_anonymous, mission)).GetProperty("capabilities").EnumerateArray());
        await (await owner.DeleteAsync($"/api/v1/capabilities/{id}", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Capabilities_UnknownMission_Returns404()
    {
        await (await _anonymous.GetAsync($"/api/v1/missions/{NewSlug("nowhere")}/capabilities", Ct)).ExpectAsync(HttpStatusCode.NotFound);
        await (await _admin.PostAsJsonAsync($"/api/v1/missions/{NewSlug("nowhere")}/capabilities", Capability("X"), Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CapabilitiesPage_Anonymous_ShowsSuppliersAndGaps()
    {
        var mission = await MissionAsync();
        await AddAsync(mission, Capability("Data science", null, Supplier("Data lead", "staff", "Energy Agency")));
        await AddAsync(mission, Capability("Procurement", "No competitive-dialogue experience"));

        var html = WebUtility.HtmlDecode(await _anonymous.GetStringAsync($"/missions/{mission}/capabilities", Ct));

        Assert.Contains("<h1 class=\"govuk-heading-xl\">Capabilities</h1>", html);
        Assert.Contains("Data lead, Energy Agency", html);
        Assert.Contains("No competitive-dialogue experience", html);
        Assert.Matches("id=\"gap-count\">1<", html);
        Assert.DoesNotContain("Add a capability", html);
    }

    [Fact]
    public async Task CapabilityForm_OwnerSubmitsWithOneSupplierRow_Saved()
    {
        var mission = await MissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(mission)).Token);
        var page = await owner.GetStringAsync($"/missions/{mission}/capabilities/new", Ct);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("Input.Suppliers[1].Name", page);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "capability",
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Behavioural insight",
            ["Input.Need"] = "One behavioural scientist",
            ["Input.Suppliers[0].Name"] = "Nudge unit",
            ["Input.Suppliers[0].Kind"] = "external-expert",
            ["Input.Suppliers[0].Organisation"] = "University of Copenhagen",
            ["Input.Suppliers[1].Name"] = "",
            ["Input.Suppliers[1].Kind"] = "staff",
        });
        var response = await owner.PostAsync($"/missions/{mission}/capabilities/new", form, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single((await RegisterAsync(_anonymous, mission)).GetProperty("capabilities").EnumerateArray());
        Assert.Equal("Behavioural insight", saved.Text("name"));
        Assert.Equal("Nudge unit", Assert.Single(saved.GetProperty("suppliers").EnumerateArray()).Text("name"));
    }

    [Fact]
    public async Task CapabilityForm_NoName_Returns400WithFieldMessage()
    {
        var mission = await MissionAsync();
        var page = await _admin.GetStringAsync($"/missions/{mission}/capabilities/new", Ct);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "capability",
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "",
        });
        var response = await _admin.PostAsync($"/missions/{mission}/capabilities/new", form, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the capability.", html);
        Assert.Empty((await RegisterAsync(_anonymous, mission)).GetProperty("capabilities").EnumerateArray());
    }

    [Fact]
    public async Task CapabilityForm_OwnerOfAnotherMission_Forbidden()
    {
        var mission = await MissionAsync();
        var other = await MissionAsync();
        using var owner = factory.CreateApiClient((await factory.CreateMissionOwnerAsync(other)).Token);

        var response = await owner.GetAsync($"/missions/{mission}/capabilities/new", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
