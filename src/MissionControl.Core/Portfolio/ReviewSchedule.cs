namespace MissionControl.Core.Portfolio;

/// <summary>When an initiative is next due for review.</summary>
public static class ReviewSchedule
{
    public const int DefaultCadenceMonths = 6;
    public const int DefaultFollowUpMonths = 3;

    /// <summary>A red or amber-red rating brings the next review forward to the follow-up interval.</summary>
    public static bool NeedsFollowUp(DeliveryConfidence? rating) => rating is DeliveryConfidence.Red or DeliveryConfidence.AmberRed;

    /// <param name="from">The last review, or the start when there has been none.</param>
    public static DateOnly NextDue(DateOnly from, DeliveryConfidence? rating, int cadenceMonths, int followUpMonths) =>
        from.AddMonths(NeedsFollowUp(rating) ? followUpMonths : cadenceMonths);

    public static bool IsOverdue(DateOnly nextDue, Stage stage, DateOnly today) => !GateRules.IsTerminal(stage) && nextDue < today;
}
