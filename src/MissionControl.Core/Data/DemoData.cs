namespace MissionControl.Core.Data;

public static class DemoData
{
    public static Task SeedAsync(MissionControlDb db, CancellationToken ct = default) => Task.CompletedTask;
}
