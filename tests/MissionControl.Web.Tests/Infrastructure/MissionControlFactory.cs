using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;
using MissionControl.Core.Organisations;
using MissionControl.Web.Infrastructure;
using Npgsql;

[assembly: AssemblyFixture(typeof(MissionControl.Web.Tests.Infrastructure.MissionControlFactory))]

namespace MissionControl.Web.Tests.Infrastructure;

/// <summary>A user created for a test, with the secret of an API token issued to them.</summary>
public sealed record TestUser(string Id, string Email, string Token);

/// <summary>
/// The whole app in memory, once per test assembly, on a database of its own: a temporary SQLite file, or a
/// fresh PostgreSQL database when <c>MC_TEST_POSTGRES</c> holds a connection string to a server. Tests share
/// it, so each one works with slugs of its own (<see cref="Api.NewSlug"/>).
/// </summary>
public sealed class MissionControlFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "MC_TEST_POSTGRES";
    public const string AdminEmail = "admin@tests.missioncontrol.local";
    public const string AdminToken = "mc_bootstrap-token-for-the-integration-tests";

    /// <summary>Meets the Identity rules (12 characters, upper and lower case, a digit).</summary>
    public const string Password = "Correct-Horse-Battery-9";

    private readonly string? _postgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string _name = "mc_test_" + Guid.NewGuid().ToString("N")[..16];

    public MissionControlFactory()
    {
        ClientOptions.AllowAutoRedirect = false;
        ConnectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _name, IncludeErrorDetail = true }.ConnectionString
            : new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetTempPath(), _name + ".db") }.ConnectionString;
    }

    public bool IsPostgres => !string.IsNullOrWhiteSpace(_postgresServer);

    public string ConnectionString { get; }

    /// <summary>Where the app writes its mails as .eml files; a folder of this factory's own.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "mc_test_mail_" + Guid.NewGuid().ToString("N")[..16]);

    public async ValueTask InitializeAsync()
    {
        if (IsPostgres)
        {
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Start the app now (migrations, roles, first administrator), not inside the first test's timing.
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings, not ConfigureAppConfiguration: Program reads the database settings before the app is built,
        // and only settings reach WebApplication.CreateBuilder in time.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:" + DatabaseSetup.ConnectionName, ConnectionString);
        builder.UseSetting(DatabaseOptions.Section + ":Provider", IsPostgres ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite));
        builder.UseSetting(DatabaseOptions.Section + ":MigrateOnStart", "true");
        builder.UseSetting(BootstrapOptions.Section + ":AdminEmail", AdminEmail);
        builder.UseSetting(BootstrapOptions.Section + ":AdminPassword", Password);
        builder.UseSetting(BootstrapOptions.Section + ":ApiToken", AdminToken);
        builder.UseSetting(BootstrapOptions.Section + ":SeedDemoData", "false");
        builder.UseSetting("MissionControl:Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>A client without credentials that does not follow redirects, so a 302 shows as a 302.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient();

    /// <summary>A client that sends <c>Authorization: Bearer</c> with the given token (the first administrator's by default).</summary>
    public HttpClient CreateApiClient(string token = AdminToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with the app's database, as the app's own services see it.</summary>
    public async Task<T> WithDbAsync<T>(Func<MissionControlDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MissionControlDb>());
    }

    /// <summary>A mission owner of the given missions, with an API token.</summary>
    public Task<TestUser> CreateMissionOwnerAsync(params string[] missionSlugs) =>
        CreateUserAsync(Roles.MissionOwner, async (db, user) =>
        {
            var ids = await db.Missions.Where(m => missionSlugs.Contains(m.Slug)).Select(m => m.Id).ToListAsync();
            Assert.Equal(missionSlugs.Length, ids.Count);
            db.MissionOwnerships.AddRange(ids.Select(id => new MissionOwnership { UserId = user.Id, MissionId = id }));
        });

    /// <summary>A contributor reporting for the organisation with the given slug, with an API token.</summary>
    public Task<TestUser> CreateContributorAsync(string organisationSlug) =>
        CreateUserAsync(Roles.Contributor, async (db, user) =>
        {
            // The user is still tracked by the context UserManager used, so this is saved with it.
            user.OrganisationId = await db.Organisations.Where(o => o.Slug == organisationSlug).Select(o => o.Id).SingleAsync();
        });

    /// <summary>An organisation (there is no API for organisations yet).</summary>
    public Task CreateOrganisationAsync(string slug, string? name = null) =>
        WithDbAsync(async db =>
        {
            db.Organisations.Add(new Organisation { Slug = slug, Name = name ?? $"Organisation {slug}", Sector = Sector.Agency });
            return await db.SaveChangesAsync();
        });

    /// <summary>Issues another API token to an existing user; the secret is returned, only its hash is stored.</summary>
    public Task<string> IssueTokenAsync(string userId) =>
        WithDbAsync(async db =>
        {
            var secret = ApiToken.NewSecret();
            db.ApiTokens.Add(new ApiToken
            {
                Name = "Integration tests",
                UserId = userId,
                TokenHash = ApiToken.Hash(secret),
                Hint = ApiToken.HintOf(secret),
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            return secret;
        });

    private async Task<TestUser> CreateUserAsync(string role, Func<MissionControlDb, ApplicationUser, Task> configure)
    {
        string id, email;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@tests.missioncontrol.local";
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}" };
            AssertSucceeded(await users.CreateAsync(user, Password));
            AssertSucceeded(await users.AddToRoleAsync(user, role));

            var db = scope.ServiceProvider.GetRequiredService<MissionControlDb>();
            await configure(db, user);
            await db.SaveChangesAsync();
            id = user.Id;
        }

        return new TestUser(id, email, await IssueTokenAsync(id));
    }

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
