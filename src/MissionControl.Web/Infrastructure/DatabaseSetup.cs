using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>MissionControl:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "MissionControl:Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts. Operators of PostgreSQL may turn this off and run <c>migrate</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public static class DatabaseSetup
{
    public const string ConnectionName = "MissionControl";
    public const string DefaultSqlite = "Data Source=data/missioncontrol.db";

    public static IServiceCollection AddMissionControlDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionName);

        services.AddDbContext<MissionControlDb>(options =>
        {
            if (provider == DatabaseProvider.Postgres)
            {
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "MissionControl__Database__Provider is Postgres, so ConnectionStrings__MissionControl must hold the PostgreSQL connection string.");
                }

                options.UseNpgsql(connectionString, o => o.MigrationsAssembly("MissionControl.Migrations.Postgres"));
            }
            else
            {
                options.UseSqlite(PrepareSqlite(connectionString ?? DefaultSqlite), o => o.MigrationsAssembly("MissionControl.Migrations.Sqlite"));
            }
        });
        return services;
    }

    /// <summary>Creates the folder of the SQLite file, so a fresh clone runs without set-up.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.Equals(":memory:", StringComparison.Ordinal))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        return builder.ToString();
    }

    /// <summary>Applies migrations; on SQLite also switches the file to write-ahead logging so readers never wait for writers.</summary>
    public static async Task MigrateAsync(MissionControlDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
