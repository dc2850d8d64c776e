namespace MissionControl.Core.Indicators;

/// <summary>The way an indicator should move for the mission to succeed.</summary>
public enum Direction
{
    Increase,
    Decrease,
}
