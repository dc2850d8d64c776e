using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Indicators;

/// <summary>Creates and changes indicators; a change to baseline, target or milestones reassesses at once.</summary>
public sealed class SaveIndicator(MissionControlDb db)
{
    public const string StaleMessage =
        "Someone else changed this indicator after you opened it. Reload to see their changes, then make yours again.";

    public async Task<Outcome<Indicator>> CreateAsync(IndicatorInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var indicator = new Indicator { Slug = "", Name = "", Unit = "" };
        await ApplyAsync(indicator, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Indicator>.Invalid(errors);
        }

        if (await db.Indicators.AnyAsync(i => i.Slug == indicator.Slug, ct))
        {
            return Outcome<Indicator>.Invalid("slug", $"An indicator with the slug '{indicator.Slug}' already exists. Choose another slug.");
        }

        AssessIndicator.Store(indicator, [], db.Now);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return Outcome<Indicator>.Ok(indicator);
    }

    public async Task<Outcome<Indicator>> UpdateAsync(string slug, IndicatorInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (indicator is null)
        {
            return Outcome<Indicator>.NotFound($"There is no indicator '{slug}'.");
        }

        if (expectedVersion is { } expected && expected != indicator.Version)
        {
            return Outcome<Indicator>.Conflict(StaleMessage);
        }

        var errors = new ValidationErrors();
        await ApplyAsync(indicator, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Indicator>.Invalid(errors);
        }

        if (indicator.Slug != slug && await db.Indicators.AnyAsync(i => i.Slug == indicator.Slug && i.Id != indicator.Id, ct))
        {
            return Outcome<Indicator>.Invalid("slug", $"An indicator with the slug '{indicator.Slug}' already exists. Choose another slug.");
        }

        var headline = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorId == indicator.Id && o.Breakdown == Observation.Headline)
            .Select(o => new { o.Period, o.Value }).ToListAsync(ct);
        AssessIndicator.Store(indicator, headline.Select(o => new DataPoint(Period.Parse(o.Period), o.Value)), db.Now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Indicator>.Conflict(StaleMessage);
        }

        return Outcome<Indicator>.Ok(indicator);
    }

    private async Task ApplyAsync(Indicator indicator, IndicatorInput input, ValidationErrors errors, CancellationToken ct)
    {
        Slugs.Validate("slug", input.Slug, errors);
        errors.Required("name", input.Name, "a name", 200);
        errors.Required("unit", input.Unit, "a unit, e.g. Mt CO2e or %", 60);
        errors.MaxLength("description", input.Description, "the description", 4000);
        errors.MaxLength("source", input.Source, "the source", 400);
        errors.MaxLength("sourceUrl", input.SourceUrl, "the source address", 400);
        errors.MaxLength("provenance", input.Provenance, "the provenance", 4000);
        if (!string.IsNullOrWhiteSpace(input.SourceUrl) && !Uri.TryCreate(input.SourceUrl, UriKind.Absolute, out _))
        {
            errors.Add("sourceUrl", "Enter the source address as a full web address, e.g. https://www.dst.dk/.");
        }

        var role = Codes.Parse<IndicatorRole>(input.Role, "role", "a role (key or supporting)", errors);
        var direction = Codes.Parse<Direction>(input.Direction, "direction", "a direction", errors);
        var frequency = Codes.Parse<Frequency>(input.Frequency, "frequency", "a frequency", errors, fallback: Frequency.Annual);
        var baseline = ParsePoint(input.Baseline, "baseline", "baseline", errors);
        var target = ParsePoint(input.Target, "target", "target", errors);
        var milestones = new List<DataPoint>();
        var rows = input.Milestones ?? [];
        if (rows.Count > 50)
        {
            errors.Add("milestones", "Give at most 50 milestones.");
        }

        for (var i = 0; i < rows.Count && i < 50; i++)
        {
            if (ParsePoint(rows[i], $"milestones[{i}]", $"milestone {i + 1}", errors) is { } milestone)
            {
                milestones.Add(milestone);
            }
        }

        if (baseline is { } b && target is { } t && !errors.Any)
        {
            if (t.Period.Start <= b.Period.Start)
            {
                errors.Add("target.period", $"The target period must come after the baseline period ({b.Period}).");
            }
            else if (!ProgressAssessment.MeetsTarget(direction, t.Value, b.Value) || t.Value == b.Value)
            {
                errors.Add("target.value", direction == Direction.Increase
                    ? $"The figure should increase, so the target must be above the baseline ({b.Value:G})."
                    : $"The figure should decrease, so the target must be below the baseline ({b.Value:G}).");
            }

            foreach (var (m, i) in milestones.Select((m, i) => (m, i)))
            {
                if (m.Period.Start <= b.Period.Start || m.Period.Start >= t.Period.Start)
                {
                    errors.Add($"milestones[{i}].period", $"Milestone {i + 1} ({m.Period}) must fall between the baseline ({b.Period}) and the target ({t.Period}).");
                }
            }
        }
        else if (target is not null && baseline is null && !errors.Any)
        {
            errors.Add("baseline", "A target needs a baseline to measure progress from. Enter the baseline period and value.");
        }

        if (milestones.GroupBy(m => m.Period).Any(g => g.Count() > 1))
        {
            errors.Add("milestones", "Two milestones have the same period. Give each period once.");
        }

        var mission = await db.Missions.AsNoTracking().Where(m => m.Slug == input.MissionSlug)
            .Select(m => new { m.Id }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            errors.Add("missionSlug", string.IsNullOrWhiteSpace(input.MissionSlug)
                ? "Say which mission the indicator belongs to."
                : $"There is no mission '{input.MissionSlug}'.");
        }
        else if (role == IndicatorRole.Key)
        {
            var existing = await db.Indicators.AsNoTracking()
                .Where(i => i.MissionId == mission.Id && i.Role == IndicatorRole.Key && i.Id != indicator.Id)
                .Select(i => i.Slug).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                errors.Add("role", $"This mission already has a key figure ('{existing}'). A mission has exactly one; make that one supporting first.");
            }
        }

        int? initiativeId = null;
        if (!string.IsNullOrWhiteSpace(input.InitiativeSlug))
        {
            var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Slug == input.InitiativeSlug)
                .Select(i => new { i.Id, i.MissionId }).FirstOrDefaultAsync(ct);
            if (initiative is null)
            {
                errors.Add("initiativeSlug", $"There is no initiative '{input.InitiativeSlug}'.");
            }
            else if (mission is not null && initiative.MissionId != mission.Id)
            {
                errors.Add("initiativeSlug", $"The initiative '{input.InitiativeSlug}' belongs to another mission.");
            }
            else if (role == IndicatorRole.Key)
            {
                errors.Add("role", "An initiative's KPI cannot be the mission's key figure; make it supporting.");
            }

            initiativeId = initiative?.Id;
        }

        int? sourceOrganisationId = null;
        if (!string.IsNullOrWhiteSpace(input.SourceOrganisationSlug))
        {
            sourceOrganisationId = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.SourceOrganisationSlug)
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (sourceOrganisationId is null)
            {
                errors.Add("sourceOrganisationSlug", $"There is no organisation '{input.SourceOrganisationSlug}'.");
            }
        }

        if (errors.Any)
        {
            return;
        }

        indicator.Slug = input.Slug!.Trim();
        indicator.MissionId = mission!.Id;
        indicator.Role = role;
        indicator.InitiativeId = initiativeId;
        indicator.Name = input.Name!.Trim();
        indicator.Description = SaveMission.Blank(input.Description);
        indicator.Unit = input.Unit!.Trim();
        indicator.Direction = direction;
        indicator.Frequency = frequency;
        indicator.BaselinePeriod = baseline?.Period.ToString();
        indicator.BaselineValue = baseline?.Value;
        indicator.TargetPeriod = target?.Period.ToString();
        indicator.TargetValue = target?.Value;
        indicator.Milestones = [.. milestones.OrderBy(m => m.Period).Select(m => new Milestone { Period = m.Period.ToString(), Value = m.Value })];
        indicator.Source = SaveMission.Blank(input.Source);
        indicator.SourceUrl = SaveMission.Blank(input.SourceUrl);
        indicator.SourceOrganisationId = sourceOrganisationId;
        indicator.Provenance = SaveMission.Blank(input.Provenance);
        indicator.Illustrative = input.Illustrative ?? false;
        indicator.UpdatedAt = db.Now;
    }

    /// <summary>A point is optional as a whole, but a half-filled one is an error.</summary>
    internal static DataPoint? ParsePoint(PointInput? input, string field, string label, ValidationErrors errors)
    {
        if (input is null || (string.IsNullOrWhiteSpace(input.Period) && input.Value is null))
        {
            return null;
        }

        var ok = true;
        if (!Period.TryParse(input.Period, out var period))
        {
            errors.Add($"{field}.period", string.IsNullOrWhiteSpace(input.Period)
                ? $"Enter the {label} period, e.g. 2030."
                : $"'{input.Period}' is not a period. Use 2024, 2024-Q2, 2024-03 or 2024-03-15.");
            ok = false;
        }

        if (input.Value is not { } value || !double.IsFinite(value))
        {
            errors.Add($"{field}.value", $"Enter the {label} value as a number.");
            ok = false;
        }

        return ok ? new DataPoint(period, input.Value!.Value) : null;
    }
}
