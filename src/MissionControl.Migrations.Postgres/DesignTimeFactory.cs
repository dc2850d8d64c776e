using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MissionControl.Core.Data;

namespace MissionControl.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a database or the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MissionControlDb>
{
    public MissionControlDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<MissionControlDb>()
        .UseNpgsql("Host=localhost;Database=missioncontrol_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
