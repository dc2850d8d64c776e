using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Portfolio;

/// <summary>An exit plan as submitted: what is kept, and where people, assets and learning go.</summary>
public sealed record ExitPlanInput(string? Kept, string? People, string? Assets, string? Learning);

/// <summary>What <c>POST /api/v1/initiatives/{slug}/gate-decisions</c> takes.</summary>
public sealed record GateDecisionInput
{
    /// <summary>advance, hold, pivot, stop, repurpose or mainstream.</summary>
    [Required]
    public string? Decision { get; init; }

    /// <summary>The stage it leads to; implied for hold, stop, repurpose and mainstream, and the next stage for advance.</summary>
    public string? ToStage { get; init; }

    [Required]
    public string? Rationale { get; init; }

    /// <summary>Links to the evidence.</summary>
    public IReadOnlyList<string>? Evidence { get; init; }

    /// <summary>Why a stage is skipped, when the decision skips one.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Required for stop and repurpose.</summary>
    public ExitPlanInput? ExitPlan { get; init; }

    /// <summary>Required for repurpose: the initiatives that carry the work on.</summary>
    public IReadOnlyList<string>? SuccessorSlugs { get; init; }
}

/// <summary>Records a gate decision and moves the initiative to the stage it leads to, in one transaction.</summary>
public sealed class DecideGate(MissionControlDb db)
{
    public async Task<Outcome<GateDecision>> DecideAsync(string slug, GateDecisionInput input, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (initiative is null)
        {
            return Outcome<GateDecision>.NotFound($"There is no initiative '{slug}'.");
        }

        var errors = new ValidationErrors();
        var decision = Codes.Parse<GateDecisionKind>(input.Decision, "decision", "a decision", errors);
        Stage? to = null;
        if (!string.IsNullOrWhiteSpace(input.ToStage))
        {
            to = Codes.Parse<Stage>(input.ToStage, "toStage", "a stage", errors);
        }

        errors.MaxLength("skipReason", input.SkipReason, "the reason for skipping", 2000);
        var successors = (input.SuccessorSlugs ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var known = await db.Initiatives.AsNoTracking().Where(i => successors.Contains(i.Slug)).Select(i => new { i.Slug, i.Stage }).ToListAsync(ct);
        foreach (var missing in successors.Except(known.Select(k => k.Slug)))
        {
            errors.Add("successorSlugs", $"There is no initiative '{missing}' to carry the work on. Create it first.");
        }

        foreach (var closed in known.Where(k => k.Stage is Stage.Stopped or Stage.Repurposed))
        {
            errors.Add("successorSlugs", $"'{closed.Slug}' is {Codes.ToCode(closed.Stage)} and cannot carry the work on.");
        }

        if (successors.Contains(slug))
        {
            errors.Add("successorSlugs", "An initiative cannot be its own successor.");
        }

        if (errors.Any)
        {
            return Outcome<GateDecision>.Invalid(errors);
        }

        var exit = input.ExitPlan is { } e ? new ExitPlan(e.Kept, e.People, e.Assets, e.Learning) : null;
        var evidence = (input.Evidence ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var checkedStage = GateRules.Check(new GateProposal(decision, initiative.Stage, to, input.Rationale, evidence, input.SkipReason, exit, successors));
        if (!checkedStage.Succeeded)
        {
            return Outcome<GateDecision>.Invalid(new ValidationErrors().AddAll(checkedStage.Errors));
        }

        var gate = new GateDecision
        {
            InitiativeId = initiative.Id,
            Decision = decision,
            FromStage = initiative.Stage,
            ToStage = checkedStage.Value,
            Rationale = input.Rationale!.Trim(),
            Evidence = evidence,
            SkipReason = Missions.SaveMission.Blank(input.SkipReason),
            ExitKept = Missions.SaveMission.Blank(exit?.Kept),
            ExitPeople = Missions.SaveMission.Blank(exit?.People),
            ExitAssets = Missions.SaveMission.Blank(exit?.Assets),
            ExitLearning = Missions.SaveMission.Blank(exit?.Learning),
            SuccessorSlugs = successors,
            DecidedByUserId = db.Actor.UserId,
            DecidedBy = db.Actor.Name,
            DecidedAt = db.Now,
        };
        db.GateDecisions.Add(gate);
        initiative.Stage = gate.ToStage;
        initiative.UpdatedAt = db.Now;
        await db.SaveChangesAsync(ct);
        return Outcome<GateDecision>.Ok(gate);
    }
}
