using System.Net;
using System.Text.Json;
using static MissionControl.Web.Tests.Infrastructure.Api;

namespace MissionControl.Web.Tests.Infrastructure;

/// <summary>The parts around the features: health, API description, security headers, and the database under test.</summary>
public sealed class PlatformTests(MissionControlFactory factory)
{
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Fact]
    public async Task Database_UnderTest_IsTheConfiguredProvider()
    {
        var provider = await factory.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(factory.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }

    [Fact]
    public async Task Healthz_DatabaseReachable_Returns200Healthy()
    {
        var response = await _anonymous.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryApiPath()
    {
        var document = await (await _anonymous.GetAsync("/openapi/v1.json", Ct)).ExpectAsync(HttpStatusCode.OK);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "/api/v1/missions",
            "/api/v1/missions/{slug}",
            "/api/v1/indicators",
            "/api/v1/indicators/{slug}",
            "/api/v1/indicators/{slug}/assessment",
            "/api/v1/indicators/{slug}/observations",
        }, paths);
        Assert.Equal("Mission Control API", document.GetProperty("info").Text("title"));
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheContractOperations()
    {
        var document = await (await _anonymous.GetAsync("/openapi/v1.json", Ct)).ExpectAsync(HttpStatusCode.OK);

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _))
                .Select(o => $"{o.Name.ToUpperInvariant()} {p.Name.TrimEnd('/')}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "GET /api/v1/missions",
            "POST /api/v1/missions",
            "GET /api/v1/missions/{slug}",
            "PUT /api/v1/missions/{slug}",
            "POST /api/v1/indicators",
            "GET /api/v1/indicators/{slug}",
            "GET /api/v1/indicators/{slug}/assessment",
            "GET /api/v1/indicators/{slug}/observations",
            "POST /api/v1/indicators/{slug}/observations",
        }, operations);
    }

    [Fact]
    public async Task Docs_Anonymous_ServesTheApiReference()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = true });

        var response = await client.GetAsync("/docs", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // The page loads the document from the site root (Scalar resolves it against the path before /docs/).
        Assert.Contains("\"url\":\"openapi/v1.json\"", await response.Content.ReadAsStringAsync(Ct));
        var script = await client.GetAsync("/docs/scalar.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Api_UnknownRoute_Returns404ProblemDetails()
    {
        var response = await _anonymous.GetAsync("/api/v1/nothing-here", Ct);

        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnyPage_Response_CarriesSecurityHeaders()
    {
        var response = await _anonymous.GetAsync("/", Ct);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}
