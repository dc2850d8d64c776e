using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Coalitions;

/// <summary>Adds, changes and removes stakeholders on a mission's map.</summary>
public sealed class SaveStakeholder(MissionControlDb db)
{
    public async Task<Outcome<Stakeholder>> AddAsync(string missionSlug, StakeholderInput input, CancellationToken ct = default)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == missionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return Outcome<Stakeholder>.NotFound($"There is no mission '{missionSlug}'.");
        }

        var stakeholder = new Stakeholder { Name = "", MissionId = missionId.Value };
        var errors = await ApplyAsync(stakeholder, input, ct);
        if (errors.Any)
        {
            return Outcome<Stakeholder>.Invalid(errors);
        }

        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync(ct);
        return Outcome<Stakeholder>.Ok(stakeholder);
    }

    public async Task<Outcome<Stakeholder>> UpdateAsync(int id, StakeholderInput input, CancellationToken ct = default)
    {
        var stakeholder = await db.Stakeholders.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stakeholder is null)
        {
            return Outcome<Stakeholder>.NotFound($"There is no stakeholder {id}.");
        }

        var errors = await ApplyAsync(stakeholder, input, ct);
        if (errors.Any)
        {
            return Outcome<Stakeholder>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Stakeholder>.Ok(stakeholder);
    }

    public async Task<Outcome<Stakeholder>> RemoveAsync(int id, CancellationToken ct = default)
    {
        var stakeholder = await db.Stakeholders.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stakeholder is null)
        {
            return Outcome<Stakeholder>.NotFound($"There is no stakeholder {id}.");
        }

        db.Stakeholders.Remove(stakeholder);
        await db.SaveChangesAsync(ct);
        return Outcome<Stakeholder>.Ok(stakeholder);
    }

    private async Task<ValidationErrors> ApplyAsync(Stakeholder stakeholder, StakeholderInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Required("name", input.Name, "the stakeholder's name", 200);
        if (input.Interest is not (>= 1 and <= 5))
        {
            errors.Add("interest", "Rate the stakeholder's interest from 1 (little) to 5 (great).");
        }

        if (input.Influence is not (>= 1 and <= 5))
        {
            errors.Add("influence", "Rate the stakeholder's influence from 1 (little) to 5 (great).");
        }

        var effect = Codes.Parse<StakeholderEffect>(input.Effect, "effect", "how the mission affects them", errors);
        errors.MaxLength("notes", input.Notes, "the notes", 2000);
        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(input.OrganisationSlug))
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.OrganisationSlug)
                .Select(o => new { o.Id, o.MergedIntoId }).FirstOrDefaultAsync(ct);
            if (organisation is null)
            {
                errors.Add("organisationSlug", $"There is no organisation '{input.OrganisationSlug}'.");
            }
            else
            {
                organisationId = organisation.MergedIntoId ?? organisation.Id;
            }
        }

        if (errors.Any)
        {
            return errors;
        }

        stakeholder.Name = input.Name!.Trim();
        stakeholder.OrganisationId = organisationId;
        stakeholder.Interest = input.Interest!.Value;
        stakeholder.Influence = input.Influence!.Value;
        stakeholder.Effect = effect;
        stakeholder.FutureGenerations = input.FutureGenerations ?? false;
        stakeholder.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        return errors;
    }
}
