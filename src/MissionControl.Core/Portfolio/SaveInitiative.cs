using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Portfolio;

/// <summary>Creates and changes initiatives. The stage is set once, at creation; after that only gate decisions move it.</summary>
public sealed partial class SaveInitiative(MissionControlDb db)
{
    public const string StaleMessage =
        "Someone else changed this initiative after you opened it. Reload to see their changes, then make yours again.";

    public async Task<Outcome<Initiative>> CreateAsync(InitiativeInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var initiative = new Initiative { Slug = "", Title = "", CreatedAt = db.Now };
        var stage = Codes.Parse<Stage>(input.Stage, "stage", "a stage", errors, fallback: Stage.Idea);
        if (GateRules.IsTerminal(stage))
        {
            errors.Add("stage", "A new initiative starts in an open stage: idea, discovery, pilot or scale.");
        }

        await ApplyAsync(initiative, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Initiative>.Invalid(errors);
        }

        if (await db.Initiatives.AnyAsync(i => i.Slug == initiative.Slug, ct))
        {
            return Outcome<Initiative>.Invalid("slug", $"An initiative with the slug '{initiative.Slug}' already exists. Choose another slug.");
        }

        initiative.Stage = stage;
        var mission = await db.Missions.AsNoTracking().FirstAsync(m => m.Id == initiative.MissionId, ct);
        var start = initiative.StartDate ?? DateOnly.FromDateTime(db.Now.UtcDateTime);
        initiative.NextReviewDue = ReviewSchedule.NextDue(start, null, mission.ReviewCadenceMonths, mission.FollowUpMonths);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return Outcome<Initiative>.Ok(initiative);
    }

    public async Task<Outcome<Initiative>> UpdateAsync(string slug, InitiativeInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.Include(i => i.Targets).FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (initiative is null)
        {
            return Outcome<Initiative>.NotFound($"There is no initiative '{slug}'.");
        }

        if (expectedVersion is { } expected && expected != initiative.Version)
        {
            return Outcome<Initiative>.Conflict(StaleMessage);
        }

        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(input.Stage) && (!Codes.TryParse<Stage>(input.Stage, out var asked) || asked != initiative.Stage))
        {
            errors.Add("stage", $"The stage is {Codes.ToCode(initiative.Stage)}. It changes only through a gate decision, with its rationale and evidence.");
        }

        await ApplyAsync(initiative, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Initiative>.Invalid(errors);
        }

        if (initiative.Slug != slug && await db.Initiatives.AnyAsync(i => i.Slug == initiative.Slug && i.Id != initiative.Id, ct))
        {
            return Outcome<Initiative>.Invalid("slug", $"An initiative with the slug '{initiative.Slug}' already exists. Choose another slug.");
        }

        if (initiative.LastReviewedOn is null && db.Entry(initiative).Property(i => i.StartDate).IsModified)
        {
            var mission = await db.Missions.AsNoTracking().FirstAsync(m => m.Id == initiative.MissionId, ct);
            initiative.NextReviewDue = ReviewSchedule.NextDue(initiative.StartDate ?? DateOnly.FromDateTime(initiative.CreatedAt.UtcDateTime),
                null, mission.ReviewCadenceMonths, mission.FollowUpMonths);
        }

        initiative.UpdatedAt = db.Now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Initiative>.Conflict(StaleMessage);
        }

        return Outcome<Initiative>.Ok(initiative);
    }

    private async Task ApplyAsync(Initiative initiative, InitiativeInput input, ValidationErrors errors, CancellationToken ct)
    {
        Slugs.Validate("slug", input.Slug, errors);
        errors.Required("title", input.Title, "a title", 200);
        errors.MaxLength("summary", input.Summary, "the summary", 4000);
        errors.MaxLength("lead", input.Lead, "the lead's name", 200);
        var type = Codes.Parse<InnovationType>(input.InnovationType, "innovationType", "an innovation type", errors);
        var start = Dates.Parse(input.StartDate, "startDate", errors);
        var end = Dates.Parse(input.EndDate, "endDate", errors);
        var since = Dates.Parse(input.PredatesSince, "predatesSince", errors);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add("endDate", "The end date must be on or after the start date.");
        }

        if ((input.PredatesMission ?? initiative.PredatesMission) && since is null)
        {
            errors.Add("predatesSince", "Say since when the activity has existed, e.g. 2019-01-01.");
        }

        decimal? amount = null;
        string? currency = null;
        if (input.Budget is { } budget && (budget.Amount is not null || !string.IsNullOrWhiteSpace(budget.Currency)))
        {
            amount = budget.Amount;
            currency = budget.Currency?.Trim().ToUpperInvariant();
            if (amount is null || amount < 0)
            {
                errors.Add("budget.amount", "Enter the budget as an amount of zero or more.");
            }

            if (currency is null || !CurrencyCode().IsMatch(currency))
            {
                errors.Add("budget.currency", "Enter the budget's currency as a three-letter code, e.g. DKK or EUR.");
            }
        }

        var mission = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug).Select(m => new { m.Id }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            errors.Add("missionSlug", string.IsNullOrWhiteSpace(input.MissionSlug)
                ? "Say which mission the initiative serves."
                : $"There is no mission '{input.MissionSlug}'.");
        }

        int? ownerId = null;
        if (!string.IsNullOrWhiteSpace(input.OwnerOrganisationSlug))
        {
            ownerId = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.OwnerOrganisationSlug).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (ownerId is null)
            {
                errors.Add("ownerOrganisationSlug", $"There is no organisation '{input.OwnerOrganisationSlug}'.");
            }
        }

        string? leadUserId = null;
        if (!string.IsNullOrWhiteSpace(input.LeadEmail))
        {
            var email = input.LeadEmail.Trim().ToUpperInvariant();
            leadUserId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.Id).FirstOrDefaultAsync(ct);
            if (leadUserId is null)
            {
                errors.Add("leadEmail", $"No one with the e-mail '{input.LeadEmail}' has an account. Leave it empty, or ask an administrator to add them.");
            }
        }

        var targets = await ParseTargetsAsync(input.Targets, mission?.Id, errors, ct);
        if (errors.Any)
        {
            return;
        }

        initiative.Slug = input.Slug!.Trim();
        initiative.MissionId = mission!.Id;
        initiative.Title = input.Title!.Trim();
        initiative.Summary = Missions.SaveMission.Blank(input.Summary);
        initiative.OwnerOrganisationId = ownerId;
        initiative.Lead = Missions.SaveMission.Blank(input.Lead);
        initiative.LeadUserId = leadUserId;
        initiative.InnovationType = type;
        initiative.StartDate = start;
        initiative.EndDate = end;
        initiative.BudgetAmount = amount;
        initiative.BudgetCurrency = currency;
        // Absent flags keep their value, so a client that omits one does not publish a confidential budget.
        initiative.BudgetConfidential = input.BudgetConfidential ?? initiative.BudgetConfidential;
        initiative.PredatesMission = input.PredatesMission ?? initiative.PredatesMission;
        initiative.PredatesSince = initiative.PredatesMission ? since : null;
        if (targets is not null)
        {
            initiative.Targets.Clear();
            initiative.Targets.AddRange(targets);
        }
    }

    private async Task<List<InitiativeTarget>?> ParseTargetsAsync(IReadOnlyList<InitiativeTargetInput>? rows, int? missionId, ValidationErrors errors, CancellationToken ct)
    {
        if (rows is null)
        {
            return null;
        }

        var slugs = rows.Select(r => r?.IndicatorSlug).Where(s => s is not null).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => slugs.Contains(i.Slug))
            .Select(i => new { i.Id, i.Slug, i.MissionId }).ToListAsync(ct);
        var result = new List<InitiativeTarget>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? new InitiativeTargetInput(null, null, null);
            var indicator = indicators.FirstOrDefault(x => x.Slug == row.IndicatorSlug);
            if (indicator is null)
            {
                errors.Add($"targets[{i}].indicatorSlug", $"There is no indicator '{row.IndicatorSlug}'.");
                continue;
            }

            if (missionId is not null && indicator.MissionId != missionId)
            {
                errors.Add($"targets[{i}].indicatorSlug", $"'{row.IndicatorSlug}' is an indicator of another mission.");
            }

            var direction = Codes.Parse<Direction>(row.ExpectedDirection, $"targets[{i}].expectedDirection", "the expected direction", errors);
            errors.MaxLength($"targets[{i}].theoryOfChange", row.TheoryOfChange, "the theory of change", 400);
            if (result.Any(t => t.IndicatorId == indicator.Id))
            {
                errors.Add($"targets[{i}].indicatorSlug", $"'{row.IndicatorSlug}' is listed twice.");
                continue;
            }

            result.Add(new InitiativeTarget { IndicatorId = indicator.Id, ExpectedDirection = direction, TheoryOfChange = Missions.SaveMission.Blank(row.TheoryOfChange) });
        }

        return result;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
