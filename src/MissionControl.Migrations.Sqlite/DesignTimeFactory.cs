using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MissionControl.Core.Data;

namespace MissionControl.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MissionControlDb>
{
    public MissionControlDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<MissionControlDb>()
        .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
