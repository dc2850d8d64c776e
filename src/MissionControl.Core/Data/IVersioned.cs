namespace MissionControl.Core;

/// <summary>
/// An entity edited by people who may collide. <see cref="Version"/> is a concurrency token that the
/// database context increments on every update, so a stale edit fails instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
