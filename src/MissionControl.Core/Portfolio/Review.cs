namespace MissionControl.Core.Portfolio;

/// <summary>
/// A periodic review (every six months by default): KPIs, whether the initiative can stand on its own,
/// a delivery-confidence rating with its narrative, and a recommendation.
/// </summary>
public class Review
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    /// <summary>How the initiative's KPIs stand, in the reviewer's words (e.g. "2 of 3 on track").</summary>
    public required string KpiStatus { get; set; }

    /// <summary>Long-term viability: can it stand on its own?</summary>
    public required string Viability { get; set; }

    public DeliveryConfidence DeliveryConfidence { get; set; }

    public required string Narrative { get; set; }

    public required string Recommendation { get; set; }

    public string? ReviewedByUserId { get; set; }

    public required string ReviewedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
