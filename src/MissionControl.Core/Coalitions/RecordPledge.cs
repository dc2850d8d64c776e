using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Coalitions;

/// <summary>
/// Pledges, their withdrawal, deliveries against them and the mission team's verification of deliveries.
/// </summary>
/// <remarks>
/// <see cref="OutcomeKind.Invalid"/> is bad input (a field says what to correct); <see cref="OutcomeKind.Conflict"/>
/// is a request the record's state forbids (a delivery on a withdrawn pledge, verifying twice).
/// </remarks>
public sealed partial class RecordPledge(MissionControlDb db)
{
    public const int MaxEvidence = 2000;
    public const int MaxConditions = 2000;

    public async Task<Outcome<Pledge>> PledgeAsync(string missionSlug, PledgeInput input, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking().Where(m => m.Slug == missionSlug).Select(m => new { m.Id }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return Outcome<Pledge>.NotFound($"There is no mission '{missionSlug}'.");
        }

        var errors = new ValidationErrors();
        var kind = Codes.Parse<PledgeKind>(input.Kind, "kind", "a kind of contribution", errors);
        if (input.Quantity is not { } quantity || quantity <= 0)
        {
            errors.Add("quantity", "Enter the quantity pledged as a number greater than zero.");
            quantity = 0;
        }
        else if (quantity >= 1_000_000_000_000_000m)
        {
            errors.Add("quantity", "The quantity is too large.");
        }

        var unit = input.Unit?.Trim();
        if (string.IsNullOrEmpty(unit))
        {
            errors.Add("unit", kind == PledgeKind.Funding
                ? "Enter the currency of the funding as a three-letter code, e.g. DKK or EUR."
                : "Enter the unit, e.g. FTE, datasets or hours.");
        }
        else if (kind == PledgeKind.Funding && !CurrencyCode().IsMatch(unit.ToUpperInvariant()))
        {
            errors.Add("unit", "Funding is pledged in a currency: enter a three-letter code, e.g. DKK or EUR.");
        }
        else
        {
            errors.MaxLength("unit", unit, "the unit", 40);
            if (kind == PledgeKind.Funding)
            {
                unit = unit.ToUpperInvariant();
            }
        }

        var from = Dates.Parse(input.From, "from", errors);
        var to = Dates.Parse(input.To, "to", errors);
        if (from is null && string.IsNullOrWhiteSpace(input.From))
        {
            errors.Add("from", "Enter the first day of the pledge's period, e.g. 2026-01-01.");
        }

        if (to is null && string.IsNullOrWhiteSpace(input.To))
        {
            errors.Add("to", "Enter the last day of the pledge's period, e.g. 2026-12-31.");
        }

        if (from is { } f && to is { } t && t < f)
        {
            errors.Add("to", "The period must end on or after it starts.");
        }

        errors.MaxLength("conditions", input.Conditions, "the conditions", MaxConditions);

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.OrganisationSlug)
            .Select(o => new { o.Id, o.MergedIntoId }).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            errors.Add("organisationSlug", string.IsNullOrWhiteSpace(input.OrganisationSlug)
                ? "Choose the organisation that pledges."
                : $"There is no organisation '{input.OrganisationSlug}'.");
        }

        int? initiativeId = null;
        var initiative = string.IsNullOrWhiteSpace(input.InitiativeSlug) ? null
            : await db.Initiatives.AsNoTracking().Where(i => i.Slug == input.InitiativeSlug).Select(i => new { i.Id, i.MissionId }).FirstOrDefaultAsync(ct);
        if (!string.IsNullOrWhiteSpace(input.InitiativeSlug) && initiative is null)
        {
            errors.Add("initiativeSlug", $"There is no initiative '{input.InitiativeSlug}'.");
        }

        if (errors.Any)
        {
            return Outcome<Pledge>.Invalid(errors);
        }

        if (organisation!.MergedIntoId is not null)
        {
            return Outcome<Pledge>.Conflict($"'{input.OrganisationSlug}' was merged into another organisation; pledge as that organisation.");
        }

        if (initiative is not null)
        {
            if (initiative.MissionId != mission.Id)
            {
                return Outcome<Pledge>.Conflict($"'{input.InitiativeSlug}' is an initiative of another mission; a pledge goes to an initiative of the mission it is made to.");
            }

            initiativeId = initiative.Id;
        }

        var pledge = new Pledge
        {
            MissionId = mission.Id,
            OrganisationId = organisation.Id,
            InitiativeId = initiativeId,
            Kind = kind,
            Quantity = quantity,
            Unit = unit!,
            From = from!.Value,
            To = to!.Value,
            Conditions = string.IsNullOrWhiteSpace(input.Conditions) ? null : input.Conditions.Trim(),
            CreatedAt = db.Now,
        };
        db.Pledges.Add(pledge);
        await db.SaveChangesAsync(ct);
        return Outcome<Pledge>.Ok(pledge);
    }

    public async Task<Outcome<Pledge>> WithdrawAsync(int pledgeId, CancellationToken ct = default)
    {
        var pledge = await db.Pledges.Include(p => p.Deliveries).FirstOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return Outcome<Pledge>.NotFound($"There is no pledge {pledgeId}.");
        }

        var status = StatusOf(pledge);
        if (status == PledgeStatus.Withdrawn)
        {
            return Outcome<Pledge>.Conflict("The pledge has already been withdrawn.");
        }

        if (status == PledgeStatus.Delivered)
        {
            return Outcome<Pledge>.Conflict("The pledge has been delivered in full; there is nothing left to withdraw.");
        }

        pledge.WithdrawnAt = db.Now;
        await db.SaveChangesAsync(ct);
        return Outcome<Pledge>.Ok(pledge);
    }

    public async Task<Outcome<Delivery>> DeliverAsync(int pledgeId, DeliveryInput input, CancellationToken ct = default)
    {
        var pledge = await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return Outcome<Delivery>.NotFound($"There is no pledge {pledgeId}.");
        }

        var errors = new ValidationErrors();
        var date = Dates.Parse(input.Date, "date", errors);
        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        if (date is null && string.IsNullOrWhiteSpace(input.Date))
        {
            errors.Add("date", "Enter the date of the delivery, e.g. 2026-03-01.");
        }
        else if (date > today)
        {
            errors.Add("date", "A delivery is recorded once it has happened: the date cannot be in the future.");
        }

        if (input.Quantity is not { } quantity || quantity <= 0)
        {
            errors.Add("quantity", $"Enter the quantity delivered, in {pledge.Unit}, as a number greater than zero.");
            quantity = 0;
        }
        else if (quantity >= 1_000_000_000_000_000m)
        {
            errors.Add("quantity", "The quantity is too large.");
        }

        errors.Required("evidence", input.Evidence, "the evidence: a link or a short description", MaxEvidence);
        if (errors.Any)
        {
            return Outcome<Delivery>.Invalid(errors);
        }

        if (pledge.WithdrawnAt is not null)
        {
            return Outcome<Delivery>.Conflict("The pledge was withdrawn; deliveries are no longer recorded against it.");
        }

        var delivery = new Delivery
        {
            PledgeId = pledge.Id,
            Date = date!.Value,
            Quantity = quantity,
            Evidence = input.Evidence!.Trim(),
            RecordedAt = db.Now,
        };
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        return Outcome<Delivery>.Ok(delivery);
    }

    public async Task<Outcome<Delivery>> VerifyAsync(int deliveryId, string verifiedBy, CancellationToken ct = default)
    {
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
        if (delivery is null)
        {
            return Outcome<Delivery>.NotFound($"There is no delivery {deliveryId}.");
        }

        if (delivery.VerifiedAt is not null)
        {
            return Outcome<Delivery>.Conflict("The delivery has already been verified.");
        }

        delivery.VerifiedAt = db.Now;
        delivery.VerifiedBy = verifiedBy.Length > 256 ? verifiedBy[..256] : verifiedBy;
        await db.SaveChangesAsync(ct);
        return Outcome<Delivery>.Ok(delivery);
    }

    public static PledgeStatus StatusOf(Pledge pledge) =>
        PledgeProgress.Status(pledge.Quantity, pledge.WithdrawnAt is not null,
            pledge.Deliveries.Where(d => d.VerifiedAt is not null).Select(d => d.Quantity));

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
