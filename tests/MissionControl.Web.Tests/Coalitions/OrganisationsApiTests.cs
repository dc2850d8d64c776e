using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Web.Tests.Infrastructure;
using static MissionControl.Web.Tests.Coalitions.CoalitionRequests;
using static MissionControl.Web.Tests.Infrastructure.Api;
using static MissionControl.Web.Tests.Portfolio.PortfolioRequests;

namespace MissionControl.Web.Tests.Coalitions;

/// <summary>Registering, reading, changing and merging organisations through the API.</summary>
public sealed class OrganisationsApiTests(MissionControlFactory factory)
{
    private readonly HttpClient _admin = factory.CreateApiClient();
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task Create_ValidBody_201WithExactShape()
    {
        var parent = NewSlug("ministry");
        await _admin.CreateOrganisationAsync(Organisation(parent, "ministry"));
        var slug = NewSlug("agency");

        var created = await _admin.CreateOrganisationAsync(new Dictionary<string, object?>
        {
            ["slug"] = slug,
            ["name"] = "Danish Energy Agency",
            ["sector"] = "agency",
            ["parentSlug"] = parent,
            ["country"] = "dk",
            ["website"] = "https://ens.dk/",
        });

        created.AssertHasProperties("slug", "name", "sector", "parentSlug", "country", "region", "website", "mergedIntoSlug", "version");
        Assert.Equal("agency", created.Text("sector"));
        Assert.Equal(parent, created.Text("parentSlug"));
        Assert.Equal("DK", created.Text("country"));
        var read = await (await _anonymous.GetAsync($"/api/v1/organisations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Danish Energy Agency", read.Text("name"));
        Assert.Equal("https://ens.dk/", read.Text("website"));
    }

    [Theory]
    [InlineData("labour-union")]
    [InlineData("employer-organisation")]
    [InlineData("international-body")]
    [InlineData("citizen-group")]
    [InlineData("civil-society")]
    [InlineData("startup")]
    public async Task Create_EverySectorCode_RoundTrips(string sector)
    {
        var created = await _admin.CreateOrganisationAsync(Organisation(NewSlug("org"), sector));

        Assert.Equal(sector, created.Text("sector"));
    }

    [Fact]
    public async Task Create_BadInput_400WithFieldErrors()
    {
        var problem = await (await _admin.PostOrganisationAsync(new Dictionary<string, object?>
        {
            ["slug"] = "Not A Slug",
            ["name"] = new string('x', 201),
            ["sector"] = "church",
            ["parentSlug"] = "no-such-parent",
            ["website"] = "ftp://example.org",
        })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name", "parentSlug", "sector", "slug", "website"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Create_DuplicateSlug_400OnSlug()
    {
        var slug = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(slug));

        var problem = await (await _admin.PostOrganisationAsync(Organisation(slug))).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["slug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Create_Contributor_403()
    {
        var own = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(own));
        var contributor = await factory.CreateContributorAsync(own);

        await (await factory.CreateApiClient(contributor.Token).PostOrganisationAsync(Organisation(NewSlug("org")))).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_Anonymous_401()
    {
        var response = await _anonymous.PostOrganisationAsync(Organisation(NewSlug("org")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_Unknown_404()
    {
        await (await _anonymous.GetAsync("/api/v1/organisations/no-such-organisation", Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_CurrentVersion_200AndVersionBumped()
    {
        var slug = NewSlug("org");
        var created = await _admin.CreateOrganisationAsync(Organisation(slug));
        var version = created.GetProperty("version").GetInt32();

        var updated = await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{slug}",
            Organisation(slug, "research", name: "Technical University of Denmark").With("version", version), Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Technical University of Denmark", updated.Text("name"));
        Assert.Equal("research", updated.Text("sector"));
        Assert.Equal(version + 1, updated.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Update_StaleVersion_409AndUnchanged()
    {
        var slug = NewSlug("org");
        var created = await _admin.CreateOrganisationAsync(Organisation(slug));
        var version = created.GetProperty("version").GetInt32();
        await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{slug}", Organisation(slug, name: "First edit").With("version", version), Ct)).ExpectAsync(HttpStatusCode.OK);

        var problem = await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{slug}", Organisation(slug, name: "Second edit").With("version", version), Ct))
            .ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("Someone else changed this organisation", problem.Text("detail"));
        var read = await (await _anonymous.GetAsync($"/api/v1/organisations/{slug}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("First edit", read.Text("name"));
    }

    [Fact]
    public async Task Update_ParentIsItself_400OnParent()
    {
        var slug = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(slug));

        var problem = await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{slug}", Organisation(slug, parentSlug: slug), Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["parentSlug"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Update_ContributorOfOrganisation_200ButOfAnother403()
    {
        var own = NewSlug("org");
        var other = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(own));
        await _admin.CreateOrganisationAsync(Organisation(other));
        var contributor = factory.CreateApiClient((await factory.CreateContributorAsync(own)).Token);

        await (await contributor.PutAsJsonAsync($"/api/v1/organisations/{own}", Organisation(own, name: "Renamed"), Ct)).ExpectAsync(HttpStatusCode.OK);
        await (await contributor.PutAsJsonAsync($"/api/v1/organisations/{other}", Organisation(other, name: "Renamed"), Ct)).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_Unknown_404()
    {
        await (await _admin.PutAsJsonAsync("/api/v1/organisations/no-such-org", Organisation("no-such-org"), Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_MergedDuplicate_LeftOutUnlessAsked()
    {
        var survivor = NewSlug("org");
        var duplicate = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(survivor, "labour-union"));
        await _admin.CreateOrganisationAsync(Organisation(duplicate, "labour-union"));
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{duplicate}/merge", new { intoSlug = survivor }, Ct)).ExpectAsync(HttpStatusCode.OK);

        var list = await (await _anonymous.GetAsync("/api/v1/organisations?sector=labour-union", Ct)).ExpectAsync(HttpStatusCode.OK);
        var all = await (await _anonymous.GetAsync("/api/v1/organisations?sector=labour-union&includeMerged=true", Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Contains(list.EnumerateArray(), o => o.Text("slug") == survivor);
        Assert.DoesNotContain(list.EnumerateArray(), o => o.Text("slug") == duplicate);
        Assert.All(list.EnumerateArray(), o => Assert.Equal("labour-union", o.Text("sector")));
        Assert.Equal(survivor, all.WithSlug(duplicate).Text("mergedIntoSlug"));
    }

    [Fact]
    public async Task List_UnknownSector_400()
    {
        var problem = await (await _anonymous.GetAsync("/api/v1/organisations?sector=church", Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["sector"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Merge_DuplicateWithLinks_EveryLinkMovesAndDuplicatePointsToSurvivor()
    {
        var survivor = NewSlug("org");
        var duplicate = NewSlug("org");
        var child = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(survivor));
        await _admin.CreateOrganisationAsync(Organisation(duplicate));
        await _admin.CreateOrganisationAsync(Organisation(child, parentSlug: duplicate));
        var mission = NewSlug("mission");
        await _admin.CreateMissionAsync(Mission(mission).With("leadOrganisationSlug", duplicate));
        var indicator = NewSlug("indicator");
        await (await _admin.PostIndicatorAsync(KeyFigure(mission, indicator).With("sourceOrganisationSlug", duplicate))).ExpectAsync(HttpStatusCode.Created);
        var initiative = NewSlug("initiative");
        await _admin.CreateInitiativeAsync(Initiative(mission, initiative).With("ownerOrganisationSlug", duplicate));
        var pledge = await _admin.PledgeAsync(mission, Pledge(duplicate));
        await (await _admin.PostAsJsonAsync($"/api/v1/missions/{mission}/stakeholders", Stakeholder("Duplicate's people", organisationSlug: duplicate), Ct)).ExpectAsync(HttpStatusCode.Created);
        var contributor = await factory.CreateContributorAsync(duplicate);

        var result = await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{duplicate}/merge", new { intoSlug = survivor }, Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(survivor, result.Text("intoSlug"));
        var moved = result.GetProperty("moved");
        foreach (var kind in new[] { "pledges", "missions", "initiatives", "indicators", "stakeholders", "users", "children" })
        {
            Assert.True(moved.GetProperty(kind).GetInt32() == 1, $"{kind}: {moved}");
        }

        var read = await (await _anonymous.GetAsync($"/api/v1/organisations/{duplicate}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(survivor, read.Text("mergedIntoSlug"));
        Assert.Equal(survivor, (await _anonymous.GetPledgeAsync(pledge)).Text("organisationSlug"));
        Assert.Equal(survivor, (await (await _anonymous.GetAsync($"/api/v1/organisations/{child}", Ct)).ExpectAsync(HttpStatusCode.OK)).Text("parentSlug"));
        var links = await factory.WithDbAsync(async db => new
        {
            Lead = await db.Missions.Where(m => m.Slug == mission).Select(m => m.LeadOrganisation!.Slug).SingleAsync(Ct),
            Source = await db.Indicators.Where(i => i.Slug == indicator).Select(i => i.SourceOrganisation!.Slug).SingleAsync(Ct),
            Owner = await db.Initiatives.Where(i => i.Slug == initiative).Select(i => i.OwnerOrganisation!.Slug).SingleAsync(Ct),
            User = await db.Users.Where(u => u.Id == contributor.Id).Select(u => db.Organisations.First(o => o.Id == u.OrganisationId).Slug).SingleAsync(Ct),
            Audited = await db.AuditEntries.CountAsync(a => a.EntityType == "Organisation" && a.Action == "updated"
                && a.Before!.Contains("\"MergedIntoId\":null") && !a.After!.Contains("\"MergedIntoId\":null") && a.Before.Contains(duplicate), Ct),
        });
        Assert.Equal((survivor, survivor, survivor, survivor), (links.Lead, links.Source, links.Owner, links.User));
        Assert.Equal(1, links.Audited);
        var coalition = await _anonymous.CoalitionAsync(mission);
        Assert.Equal(survivor, Assert.Single(coalition.GetProperty("members").EnumerateArray()).Text("organisationSlug"));
    }

    [Fact]
    public async Task Merge_IntoItself_422()
    {
        var slug = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(slug));

        var problem = await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{slug}/merge", new { intoSlug = slug }, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("cannot be merged into itself", problem.Text("detail"));
    }

    [Fact]
    public async Task Merge_AlreadyMerged_422()
    {
        var a = NewSlug("org");
        var b = NewSlug("org");
        var c = NewSlug("org");
        foreach (var slug in new[] { a, b, c })
        {
            await _admin.CreateOrganisationAsync(Organisation(slug));
        }

        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{a}/merge", new { intoSlug = b }, Ct)).ExpectAsync(HttpStatusCode.OK);

        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{a}/merge", new { intoSlug = c }, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{c}/merge", new { intoSlug = a }, Ct)).ExpectAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Merge_MissingOrUnknownTarget_400OnIntoSlug()
    {
        var slug = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(slug));

        var missing = await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{slug}/merge", new { intoSlug = (string?)null }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);
        var unknown = await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{slug}/merge", new { intoSlug = "no-such-org" }, Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["intoSlug"], missing.ErrorKeys());
        Assert.Equal(["intoSlug"], unknown.ErrorKeys());
    }

    [Fact]
    public async Task Merge_UnknownDuplicate_404()
    {
        await (await _admin.PostAsJsonAsync("/api/v1/organisations/no-such-org/merge", new { intoSlug = "x" }, Ct)).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Merge_MissionOwner_403()
    {
        var (mission, _) = await _admin.CreateMissionAndFoundationAsync();
        var owner = await factory.CreateMissionOwnerAsync(mission);
        var a = NewSlug("org");
        var b = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(a));
        await _admin.CreateOrganisationAsync(Organisation(b));

        await (await factory.CreateApiClient(owner.Token).PostAsJsonAsync($"/api/v1/organisations/{a}/merge", new { intoSlug = b }, Ct)).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_MergedDuplicate_400()
    {
        var a = NewSlug("org");
        var b = NewSlug("org");
        await _admin.CreateOrganisationAsync(Organisation(a));
        await _admin.CreateOrganisationAsync(Organisation(b));
        await (await _admin.PostAsJsonAsync($"/api/v1/organisations/{a}/merge", new { intoSlug = b }, Ct)).ExpectAsync(HttpStatusCode.OK);

        await (await _admin.PutAsJsonAsync($"/api/v1/organisations/{a}", Organisation(a, name: "Revived"), Ct)).ExpectAsync(HttpStatusCode.BadRequest);
    }
}
