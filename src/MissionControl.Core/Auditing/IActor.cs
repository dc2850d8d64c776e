namespace MissionControl.Core.Auditing;

/// <summary>Who is making the current change; the web app supplies the signed-in user or API token holder.</summary>
public interface IActor
{
    string? UserId { get; }

    string Name { get; }
}

/// <summary>Changes made by the system itself: migrations, seeding, bootstrap.</summary>
public sealed class SystemActor : IActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;

    public string Name => "system";
}
