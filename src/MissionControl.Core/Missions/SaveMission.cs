using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Missions;

/// <summary>Creates and changes missions, with the same rules for the form and the API.</summary>
public sealed class SaveMission(MissionControlDb db)
{
    public async Task<Outcome<Mission>> CreateAsync(MissionInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var mission = new Mission { Slug = "", Title = "", Landmark = "", CreatedAt = db.Now };
        await ApplyAsync(mission, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Mission>.Invalid(errors);
        }

        if (await db.Missions.AnyAsync(m => m.Slug == mission.Slug, ct))
        {
            return Outcome<Mission>.Invalid("slug", $"A mission with the slug '{mission.Slug}' already exists. Choose another slug.");
        }

        mission.Priority = (await db.Missions.MaxAsync(m => (int?)m.Priority, ct) ?? 0) + 1;
        db.Missions.Add(mission);
        await db.SaveChangesAsync(ct);
        return Outcome<Mission>.Ok(mission);
    }

    /// <param name="expectedVersion">The version the editor saw; a different current version means someone else saved first.</param>
    public async Task<Outcome<Mission>> UpdateAsync(string slug, MissionInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var mission = await db.Missions.FirstOrDefaultAsync(m => m.Slug == slug, ct);
        if (mission is null)
        {
            return Outcome<Mission>.NotFound($"There is no mission '{slug}'.");
        }

        if (expectedVersion is { } expected && expected != mission.Version)
        {
            return Outcome<Mission>.Conflict(StaleMessage);
        }

        var errors = new ValidationErrors();
        await ApplyAsync(mission, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Mission>.Invalid(errors);
        }

        if (mission.Slug != slug && await db.Missions.AnyAsync(m => m.Slug == mission.Slug && m.Id != mission.Id, ct))
        {
            return Outcome<Mission>.Invalid("slug", $"A mission with the slug '{mission.Slug}' already exists. Choose another slug.");
        }

        mission.UpdatedAt = db.Now;
        if (db.Entry(mission).Property(m => m.ReviewCadenceMonths).IsModified || db.Entry(mission).Property(m => m.FollowUpMonths).IsModified)
        {
            await RescheduleReviewsAsync(mission, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Mission>.Conflict(StaleMessage);
        }

        return Outcome<Mission>.Ok(mission);
    }

    /// <summary>A new cadence applies at once: every open initiative's next review moves to match it.</summary>
    private async Task RescheduleReviewsAsync(Mission mission, CancellationToken ct)
    {
        var open = await db.Initiatives.Where(i => i.MissionId == mission.Id && !GateRulesClosed.Contains(i.Stage)).ToListAsync(ct);
        foreach (var initiative in open)
        {
            var from = initiative.LastReviewedOn ?? initiative.StartDate ?? DateOnly.FromDateTime(initiative.CreatedAt.UtcDateTime);
            initiative.NextReviewDue = ReviewSchedule.NextDue(from, initiative.LastReviewedOn is null ? null : initiative.DeliveryConfidence,
                mission.ReviewCadenceMonths, mission.FollowUpMonths);
        }
    }

    private static readonly Stage[] GateRulesClosed = [Stage.Stopped, Stage.Repurposed, Stage.Mainstreamed];

    public const string StaleMessage =
        "Someone else changed this mission after you opened it. Reload to see their changes, then make yours again.";

    private async Task ApplyAsync(Mission mission, MissionInput input, ValidationErrors errors, CancellationToken ct)
    {
        Slugs.Validate("slug", input.Slug, errors);
        errors.Required("title", input.Title, "a title", 200);
        errors.Required("landmark", input.Landmark, "a landmark: the promise in plain words", 400);
        errors.MaxLength("problemStatement", input.ProblemStatement, "the problem statement", 4000);
        errors.MaxLength("ownerName", input.OwnerName, "the owner's name", 200);
        errors.MaxLength("ownerTitle", input.OwnerTitle, "the owner's title", 200);
        var level = Codes.Parse<MissionLevel>(input.Level, "level", "a level", errors);
        // A new mission starts as a draft; a change without a status keeps the current one rather than unpublishing it.
        var status = Codes.Parse<MissionStatus>(input.Status, "status", "a status", errors, fallback: mission.Id == 0 ? MissionStatus.Draft : mission.Status);

        DateOnly deadline = default;
        if (string.IsNullOrWhiteSpace(input.Deadline))
        {
            errors.Add("deadline", "Enter a deadline, e.g. 2030-12-31.");
        }
        else if (!DateOnly.TryParseExact(input.Deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out deadline))
        {
            errors.Add("deadline", $"'{input.Deadline}' is not a date. Write it as year-month-day, e.g. 2030-12-31.");
        }

        if (input.ReviewCadenceMonths is < 1 or > 36)
        {
            errors.Add("reviewCadenceMonths", "Review initiatives every 1 to 36 months.");
        }

        if (input.FollowUpMonths is < 1 or > 12)
        {
            errors.Add("followUpMonths", "Follow up a red rating within 1 to 12 months.");
        }

        var policyAreas = (input.PolicyAreas ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        if (policyAreas.Count > 20 || policyAreas.Any(a => a.Length > 80))
        {
            errors.Add("policyAreas", "Give at most 20 policy areas of up to 80 characters each.");
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(input.ParentSlug))
        {
            var parent = await db.Missions.AsNoTracking().Where(m => m.Slug == input.ParentSlug)
                .Select(m => new { m.Id, m.ParentMissionId }).FirstOrDefaultAsync(ct);
            if (parent is null)
            {
                errors.Add("parentSlug", $"There is no mission '{input.ParentSlug}' to be the parent.");
            }
            else if (mission.Id != 0 && await IsSelfOrDescendantAsync(parent.Id, mission.Id, ct))
            {
                errors.Add("parentSlug", "A mission cannot be its own parent or the parent of one of its parents.");
            }
            else
            {
                parentId = parent.Id;
            }
        }

        int? leadId = null;
        if (!string.IsNullOrWhiteSpace(input.LeadOrganisationSlug))
        {
            leadId = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.LeadOrganisationSlug)
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (leadId is null)
            {
                errors.Add("leadOrganisationSlug", $"There is no organisation '{input.LeadOrganisationSlug}'.");
            }
        }

        if (errors.Any)
        {
            return;
        }

        mission.Slug = input.Slug!.Trim();
        mission.Title = input.Title!.Trim();
        mission.Landmark = input.Landmark!.Trim();
        mission.ProblemStatement = Blank(input.ProblemStatement);
        mission.Level = level;
        mission.ParentMissionId = parentId;
        mission.PolicyAreas = policyAreas;
        mission.Deadline = deadline;
        mission.Status = status;
        mission.OwnerName = Blank(input.OwnerName);
        mission.OwnerTitle = Blank(input.OwnerTitle);
        mission.LeadOrganisationId = leadId;
        mission.ReviewCadenceMonths = input.ReviewCadenceMonths ?? mission.ReviewCadenceMonths;
        mission.FollowUpMonths = input.FollowUpMonths ?? mission.FollowUpMonths;
    }

    /// <summary>Walks up from <paramref name="candidateParentId"/>; finding <paramref name="missionId"/> would make a cycle.</summary>
    private async Task<bool> IsSelfOrDescendantAsync(int candidateParentId, int missionId, CancellationToken ct)
    {
        int? current = candidateParentId;
        for (var depth = 0; current is { } id && depth < 50; depth++)
        {
            if (id == missionId)
            {
                return true;
            }

            current = await db.Missions.AsNoTracking().Where(m => m.Id == id).Select(m => m.ParentMissionId).FirstOrDefaultAsync(ct);
        }

        return false;
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
