using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;

namespace MissionControl.Web.Infrastructure;

/// <summary>Bound from <c>MissionControl:Bootstrap</c>: the first administrator of an empty database.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "MissionControl:Bootstrap";

    [EmailAddress]
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>An API token for the first administrator with exactly this value, for automation.</summary>
    [MinLength(20)]
    public string? ApiToken { get; set; }

    /// <summary>Seed the demo missions into an empty database; on by default in Development.</summary>
    public bool? SeedDemoData { get; set; }
}

public static partial class Bootstrap
{
    public const string DefaultAdminEmail = "admin@missioncontrol.local";

    /// <summary>Migrates (when configured), creates the roles, the first administrator and, in Development, the demo data.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool isDevelopment, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<MissionControlDb>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("MissionControl.Bootstrap");
        if (provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await DatabaseSetup.MigrateAsync(db, ct);
        }

        var options = provider.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        await EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        await EnsureFirstAdministratorAsync(db, provider.GetRequiredService<UserManager<ApplicationUser>>(), options, logger, ct);
        if (options.SeedDemoData ?? isDevelopment)
        {
            await DemoData.SeedAsync(db, ct);
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static async Task EnsureFirstAdministratorAsync(
        MissionControlDb db, UserManager<ApplicationUser> users, BootstrapOptions options, ILogger logger, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var email = string.IsNullOrWhiteSpace(options.AdminEmail) ? DefaultAdminEmail : options.AdminEmail.Trim();
        var password = options.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y') + "9a";
        }

        var admin = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " +
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        if (generated)
        {
            // Shown once: the password is not stored anywhere else in clear.
            LogGeneratedPassword(logger, email, password!);
        }

        if (!string.IsNullOrWhiteSpace(options.ApiToken))
        {
            db.ApiTokens.Add(new ApiToken
            {
                Name = "Bootstrap token",
                UserId = admin.Id,
                TokenHash = ApiToken.Hash(options.ApiToken),
                Hint = ApiToken.HintOf(options.ApiToken),
                CreatedAt = db.Now,
            });
            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first administrator {Email} with the password {Password} — sign in and change it; it is not shown again.")]
    private static partial void LogGeneratedPassword(ILogger logger, string email, string password);
}
