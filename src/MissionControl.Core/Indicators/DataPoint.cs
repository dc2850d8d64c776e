namespace MissionControl.Core.Indicators;

/// <summary>A value at a period: an observation, a baseline, a milestone or a target.</summary>
public readonly record struct DataPoint(Period Period, double Value)
{
    public double Year => Period.DecimalYear;
}
