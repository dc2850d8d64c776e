using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Governance;

/// <summary>What <c>POST /api/v1/missions/{slug}/letters</c> takes; the goals come from the mission's indicators.</summary>
public sealed record LetterInput
{
    /// <summary>What the mission covers and what it leaves out.</summary>
    public string? Scope { get; init; }

    /// <summary>Organisations and groups the owner is to involve, one per entry.</summary>
    public IReadOnlyList<string>? Stakeholders { get; init; }

    /// <summary>Milestones the centre will follow up, one per entry.</summary>
    public IReadOnlyList<string>? Milestones { get; init; }

    /// <summary>How often and to whom the owner reports, e.g. "Quarterly stocktake with the Prime Minister".</summary>
    public string? ReportingCadence { get; init; }

    /// <summary>What the government stops pursuing, one per entry.</summary>
    public IReadOnlyList<string>? NoLongerPriorities { get; init; }
}

/// <summary>The draft as saved, and whether it was new (a mission has at most one draft; writing again changes it).</summary>
public sealed record WrittenLetter(MissionLetter Letter, bool Created);

/// <summary>
/// Writes the draft of a mission's next letter: a new draft numbered after the last letter, or, while a draft
/// exists, that draft rewritten. The landmark and the goals are taken from the mission as it stands.
/// </summary>
public sealed class WriteLetter(MissionControlDb db)
{
    public const int MaxItems = 30;
    public const int MaxItemLength = 400;

    public async Task<Outcome<WrittenLetter>> WriteAsync(string missionSlug, LetterInput input, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking().FirstOrDefaultAsync(m => m.Slug == missionSlug, ct);
        if (mission is null)
        {
            return Outcome<WrittenLetter>.NotFound($"There is no mission '{missionSlug}'.");
        }

        var errors = new ValidationErrors();
        errors.Required("scope", input.Scope, "the scope: what the mission covers and what it leaves out", 4000);
        errors.Required("reportingCadence", input.ReportingCadence, "the reporting cadence, e.g. a quarterly stocktake with the centre", 400);
        var stakeholders = Items("stakeholders", input.Stakeholders, "stakeholder", errors);
        var milestones = Items("milestones", input.Milestones, "milestone", errors);
        var noLonger = Items("noLongerPriorities", input.NoLongerPriorities, "item that is no longer a priority", errors);

        // Initiatives' KPIs are indicators too, but the letter holds the owner to the mission's own figures.
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.MissionId == mission.Id && i.InitiativeId == null).ToListAsync(ct);
        var key = indicators.FirstOrDefault(i => i.Role == IndicatorRole.Key);
        if (key is null)
        {
            errors.Add("goals", "The mission has no key figure yet. Add it first: the letter's goals are taken from the key figure and the other indicators.");
        }

        if (errors.Any)
        {
            return Outcome<WrittenLetter>.Invalid(errors);
        }

        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        var goals = LetterGoals.Generate(key, indicators.Where(i => i.Role == IndicatorRole.Supporting), today);
        var letter = await db.MissionLetters.FirstOrDefaultAsync(l => l.MissionId == mission.Id && l.Status == LetterStatus.Draft, ct);
        var created = letter is null;
        if (letter is null)
        {
            var last = await db.MissionLetters.Where(l => l.MissionId == mission.Id).MaxAsync(l => (int?)l.Number, ct) ?? 0;
            letter = new MissionLetter
            {
                MissionId = mission.Id,
                Number = last + 1,
                Status = LetterStatus.Draft,
                Landmark = mission.Landmark,
                CreatedAt = db.Now,
                CreatedBy = db.Actor.Name,
            };
            db.MissionLetters.Add(letter);
        }

        letter.Landmark = mission.Landmark;
        letter.Goals.Clear();
        letter.Goals.AddRange(goals);
        letter.Scope = input.Scope!.Trim();
        letter.Stakeholders = stakeholders;
        letter.Milestones = milestones;
        letter.ReportingCadence = input.ReportingCadence!.Trim();
        letter.NoLongerPriorities = noLonger;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created)
        {
            // The unique (mission, number) index: someone else started the mission's next letter at the same moment.
            return Outcome<WrittenLetter>.Conflict("Someone else started a letter for this mission at the same time. Reload the letters and try again.");
        }

        return Outcome<WrittenLetter>.Ok(new WrittenLetter(letter, created));
    }

    private static List<string> Items(string field, IReadOnlyList<string>? items, string label, ValidationErrors errors)
    {
        var list = (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxItems)
        {
            errors.Add(field, $"Name at most {MaxItems} of them; there are {list.Count}.");
        }

        foreach (var item in list.Where(i => i.Length > MaxItemLength))
        {
            errors.Add(field, $"Each {label} must be {MaxItemLength} characters or fewer: '{item[..40]}…' is {item.Length}.");
        }

        return list;
    }
}
