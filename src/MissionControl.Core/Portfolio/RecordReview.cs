using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Portfolio;

/// <summary>What <c>POST /api/v1/initiatives/{slug}/reviews</c> takes.</summary>
public sealed record ReviewInput
{
    /// <summary>How the KPIs stand, e.g. "2 of 3 KPIs on track".</summary>
    [Required]
    public string? KpiStatus { get; init; }

    /// <summary>Long-term viability: can it stand on its own?</summary>
    [Required]
    public string? Viability { get; init; }

    /// <summary>green, amber-green, amber, amber-red or red.</summary>
    [Required]
    public string? DeliveryConfidence { get; init; }

    [Required]
    public string? Narrative { get; init; }

    [Required]
    public string? Recommendation { get; init; }

    /// <summary>The review date; today when absent.</summary>
    public string? ReviewedOn { get; init; }
}

/// <summary>Records a review, sets the initiative's delivery confidence and schedules the next review.</summary>
public sealed class RecordReview(MissionControlDb db)
{
    public async Task<Outcome<Review>> RecordAsync(string slug, ReviewInput input, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.Include(i => i.Mission).FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (initiative is null)
        {
            return Outcome<Review>.NotFound($"There is no initiative '{slug}'.");
        }

        var errors = new ValidationErrors();
        errors.Required("kpiStatus", input.KpiStatus, "how the KPIs stand", 1000);
        errors.Required("viability", input.Viability, "the long-term viability: can it stand on its own?", 2000);
        errors.Required("narrative", input.Narrative, "the narrative behind the rating", 4000);
        errors.Required("recommendation", input.Recommendation, "a recommendation", 2000);
        var rating = Codes.Parse<DeliveryConfidence>(input.DeliveryConfidence, "deliveryConfidence", "a delivery confidence", errors);
        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        var reviewedOn = Dates.Parse(input.ReviewedOn, "reviewedOn", errors) ?? today;
        if (reviewedOn > today)
        {
            errors.Add("reviewedOn", "A review cannot be dated in the future.");
        }

        if (GateRules.IsTerminal(initiative.Stage))
        {
            errors.Add("deliveryConfidence", $"The initiative is {Codes.ToCode(initiative.Stage)}; closed initiatives are not reviewed.");
        }

        if (errors.Any)
        {
            return Outcome<Review>.Invalid(errors);
        }

        var review = new Review
        {
            InitiativeId = initiative.Id,
            ReviewedOn = reviewedOn,
            KpiStatus = input.KpiStatus!.Trim(),
            Viability = input.Viability!.Trim(),
            DeliveryConfidence = rating,
            Narrative = input.Narrative!.Trim(),
            Recommendation = input.Recommendation!.Trim(),
            ReviewedByUserId = db.Actor.UserId,
            ReviewedBy = db.Actor.Name,
            RecordedAt = db.Now,
        };
        db.Reviews.Add(review);

        // A back-dated review does not replace a later one as the current rating.
        if (initiative.LastReviewedOn is null || reviewedOn >= initiative.LastReviewedOn)
        {
            initiative.DeliveryConfidence = rating;
            initiative.LastReviewedOn = reviewedOn;
            initiative.NextReviewDue = ReviewSchedule.NextDue(reviewedOn, rating, initiative.Mission!.ReviewCadenceMonths, initiative.Mission.FollowUpMonths);
        }

        initiative.UpdatedAt = db.Now;
        await db.SaveChangesAsync(ct);
        return Outcome<Review>.Ok(review);
    }
}
