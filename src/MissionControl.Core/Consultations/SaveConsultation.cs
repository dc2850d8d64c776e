using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Consultations;

/// <summary>What the consultation form and <c>POST/PUT /api/v1/…/consultations</c> take.</summary>
public sealed record ConsultationInput
{
    public string? Slug { get; init; }

    /// <summary>online, workshop, citizen-panel or visionary-council.</summary>
    public string? Channel { get; init; }

    public string? Title { get; init; }

    /// <summary>The question put to the public, in Markdown.</summary>
    public string? Prompt { get; init; }

    public string? Opens { get; init; }

    public string? Closes { get; init; }

    /// <summary>An initiative of the same mission the consultation is about, if any.</summary>
    public string? InitiativeSlug { get; init; }

    /// <summary>Stakeholders on the mission's stakeholder map engaged through the consultation.</summary>
    public IReadOnlyList<int>? EngagedStakeholderIds { get; init; }
}

public sealed record WorkshopInput(string? Date, int? Participants, string? Outputs);

public sealed record SynthesisInput(string? Synthesis);

/// <summary>Creates and changes consultations, records their workshops and publishes their synthesis.</summary>
public sealed class SaveConsultation(MissionControlDb db)
{
    public const int TitleMax = 200;
    public const int PromptMax = 8000;
    public const int SynthesisMax = 20000;
    public const int OutputsMax = 4000;

    public async Task<ConsultationOutcome<Consultation>> CreateAsync(string missionSlug, ConsultationInput input, CancellationToken ct = default)
    {
        var missionId = await db.Missions.Where(m => m.Slug == missionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return ConsultationOutcome<Consultation>.NotFound($"There is no mission '{missionSlug}'.");
        }

        var errors = new ValidationErrors();
        Slugs.Validate("slug", input.Slug, errors);
        var consultation = new Consultation { Slug = input.Slug?.Trim() ?? "", MissionId = missionId.Value, Title = "", Prompt = "", CreatedAt = db.Now };
        await ApplyAsync(consultation, input, errors, ct);
        if (errors.Any)
        {
            return ConsultationOutcome<Consultation>.Invalid(errors);
        }

        if (await db.Consultations.AnyAsync(c => c.Slug == consultation.Slug, ct))
        {
            return ConsultationOutcome<Consultation>.Conflict($"The slug '{consultation.Slug}' is taken by another consultation.");
        }

        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Consultation>.Ok(consultation);
    }

    public const string StaleMessage =
        "Someone else changed this consultation after you opened it. Reload it to see their changes, then make yours again.";

    /// <summary>Changes a consultation; <paramref name="expectedVersion"/>, when given, must be the version the change was made from.</summary>
    public async Task<ConsultationOutcome<Consultation>> UpdateAsync(string slug, ConsultationInput input, int? expectedVersion = null, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (consultation is null)
        {
            return ConsultationOutcome<Consultation>.NotFound($"There is no consultation '{slug}'.");
        }

        if (expectedVersion is { } expected && expected != consultation.Version)
        {
            return ConsultationOutcome<Consultation>.Conflict(StaleMessage);
        }

        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(input.Slug) && input.Slug.Trim() != slug)
        {
            errors.Add("slug", "A consultation's slug cannot change: links to it would break.");
        }

        await ApplyAsync(consultation, input, errors, ct);
        if (errors.Any)
        {
            return ConsultationOutcome<Consultation>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Consultation>.Ok(consultation);
    }

    public async Task<ConsultationOutcome<Consultation>> RecordWorkshopAsync(string slug, WorkshopInput input, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (consultation is null)
        {
            return ConsultationOutcome<Consultation>.NotFound($"There is no consultation '{slug}'.");
        }

        var errors = new ValidationErrors();
        var date = Dates.Parse(input.Date, "date", errors);
        if (date is null && !errors.Any)
        {
            errors.Add("date", "Enter the date of the workshop, e.g. 2026-03-01.");
        }

        if (input.Participants is null)
        {
            errors.Add("participants", "Enter how many people took part.");
        }
        else if (input.Participants is < 1 or > 100_000)
        {
            errors.Add("participants", "The number of participants must be between 1 and 100,000.");
        }

        errors.Required("outputs", input.Outputs, "what came out of the workshop", OutputsMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Consultation>.Invalid(errors);
        }

        consultation.Workshops.Add(new Workshop { Date = date!.Value, Participants = input.Participants!.Value, Outputs = input.Outputs!.Trim() });
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Consultation>.Ok(consultation);
    }

    public async Task<ConsultationOutcome<Consultation>> PublishSynthesisAsync(string slug, SynthesisInput input, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (consultation is null)
        {
            return ConsultationOutcome<Consultation>.NotFound($"There is no consultation '{slug}'.");
        }

        var errors = new ValidationErrors();
        errors.Required("synthesis", input.Synthesis, "the synthesis", SynthesisMax);
        if (errors.Any)
        {
            return ConsultationOutcome<Consultation>.Invalid(errors);
        }

        if (DateOnly.FromDateTime(db.Now.UtcDateTime) <= consultation.Closes)
        {
            return ConsultationOutcome<Consultation>.Refused(
                $"The synthesis is published once the consultation has closed; it closes at the end of {consultation.Closes:d MMMM yyyy}.");
        }

        consultation.Synthesis = input.Synthesis!.Trim();
        consultation.SynthesisPublishedAt = db.Now;
        await db.SaveChangesAsync(ct);
        return ConsultationOutcome<Consultation>.Ok(consultation);
    }

    private async Task ApplyAsync(Consultation consultation, ConsultationInput input, ValidationErrors errors, CancellationToken ct)
    {
        var channel = Codes.Parse<Channel>(input.Channel, "channel", "a channel", errors);
        errors.Required("title", input.Title, "a title", TitleMax);
        errors.Required("prompt", input.Prompt, "the question put to the public", PromptMax);
        var opens = Dates.Parse(input.Opens, "opens", errors);
        var closes = Dates.Parse(input.Closes, "closes", errors);
        if (opens is null && !errors.ToDictionary().ContainsKey("opens"))
        {
            errors.Add("opens", "Enter the day the consultation opens, e.g. 2026-03-01.");
        }

        if (closes is null && !errors.ToDictionary().ContainsKey("closes"))
        {
            errors.Add("closes", "Enter the day the consultation closes, e.g. 2026-04-30.");
        }

        if (opens is { } o && closes is { } c && c < o)
        {
            errors.Add("closes", "The closing day must be on or after the opening day.");
        }

        int? initiativeId = null;
        if (!string.IsNullOrWhiteSpace(input.InitiativeSlug))
        {
            initiativeId = await db.Initiatives.Where(i => i.Slug == input.InitiativeSlug.Trim() && i.MissionId == consultation.MissionId)
                .Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
            if (initiativeId is null)
            {
                errors.Add("initiativeSlug", $"There is no initiative '{input.InitiativeSlug}' in this mission's portfolio.");
            }
        }

        var stakeholders = (input.EngagedStakeholderIds ?? []).Distinct().ToList();
        if (stakeholders.Count > 0)
        {
            var known = await db.Stakeholders.Where(s => s.MissionId == consultation.MissionId && stakeholders.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
            foreach (var unknown in stakeholders.Except(known))
            {
                errors.Add("engagedStakeholderIds", $"Stakeholder {unknown} is not on this mission's stakeholder map.");
            }
        }

        if (errors.Any)
        {
            return;
        }

        consultation.Channel = channel;
        consultation.Title = input.Title!.Trim();
        consultation.Prompt = input.Prompt!.Trim();
        consultation.Opens = opens!.Value;
        consultation.Closes = closes!.Value;
        consultation.InitiativeId = initiativeId;
        consultation.EngagedStakeholderIds = [.. stakeholders.Order()];
    }
}
