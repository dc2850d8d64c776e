namespace MissionControl.Core.Indicators;

/// <summary>One measured value of an indicator for a period, optionally for a breakdown such as a region.</summary>
public class Observation
{
    /// <summary>The breakdown of the headline series. Stored as empty text so (indicator, period, breakdown) is unique on every database.</summary>
    public const string Headline = "";

    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public required string Period { get; set; }

    /// <summary>The period's first day, kept beside the text so series sort in the database.</summary>
    public DateOnly PeriodStart { get; set; }

    public string Breakdown { get; set; } = Headline;

    public double Value { get; set; }

    public bool Provisional { get; set; }

    public bool Estimated { get; set; }

    public string? SourceNote { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
