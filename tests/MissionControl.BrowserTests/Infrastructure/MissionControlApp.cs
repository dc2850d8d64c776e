using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port on 127.0.0.1), so a real browser can reach it: environment "Testing",
/// a fresh SQLite file in the temp folder, the demo data and a known first administrator with an API token.
/// </summary>
public sealed class MissionControlApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@browser-tests.example";
    public const string AdminPassword = "Browser-tests-passw0rd";
    public const string ApiToken = "browser-tests-bootstrap-token-0123456789";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mc-browser-{Guid.NewGuid():N}.db");

    public MissionControlApp() => UseKestrel(0);

    /// <summary>The address the browser opens, e.g. http://127.0.0.1:41234/; known once the server has started.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Where the app writes its mails as .eml files.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"mc-browser-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting rather than ConfigureAppConfiguration: Program reads the database settings while it
        // registers services, before the factory's late configuration callbacks would run.
        builder.UseEnvironment("Testing");

        // Outside Development the app serves its published assets; a test run has none, so serve them from the
        // build's manifest (CSS, Chart.js, site.js) as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:MissionControl", $"Data Source={_databasePath}");
        builder.UseSetting("MissionControl:Database:Provider", "Sqlite");
        builder.UseSetting("MissionControl:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("MissionControl:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("MissionControl:Bootstrap:ApiToken", ApiToken);
        builder.UseSetting("MissionControl:Bootstrap:SeedDemoData", "true");
        builder.UseSetting("MissionControl:Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
