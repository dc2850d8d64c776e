using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Organisations;

/// <summary>Registers and changes organisations. A merged duplicate is kept for its history but no longer changes.</summary>
public sealed class SaveOrganisation(MissionControlDb db)
{
    public const string StaleMessage =
        "Someone else changed this organisation after you opened it. Reload to see their changes, then make yours again.";

    public async Task<Outcome<Organisation>> CreateAsync(OrganisationInput input, CancellationToken ct = default)
    {
        var organisation = new Organisation { Slug = "", Name = "" };
        var errors = new ValidationErrors();
        await ApplyAsync(organisation, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Organisation>.Invalid(errors);
        }

        if (await db.Organisations.AnyAsync(o => o.Slug == organisation.Slug, ct))
        {
            return Outcome<Organisation>.Invalid("slug", $"An organisation with the slug '{organisation.Slug}' already exists. Choose another slug.");
        }

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return Outcome<Organisation>.Ok(organisation);
    }

    public async Task<Outcome<Organisation>> UpdateAsync(string slug, OrganisationInput input, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null)
        {
            return Outcome<Organisation>.NotFound($"There is no organisation '{slug}'.");
        }

        if (input.Version is { } expected && expected != organisation.Version)
        {
            return Outcome<Organisation>.Conflict(StaleMessage);
        }

        var errors = new ValidationErrors();
        if (organisation.MergedIntoId is not null)
        {
            errors.Add("slug", "This organisation was merged into another; change the organisation it was merged into instead.");
            return Outcome<Organisation>.Invalid(errors);
        }

        await ApplyAsync(organisation, input, errors, ct);
        if (errors.Any)
        {
            return Outcome<Organisation>.Invalid(errors);
        }

        if (organisation.Slug != slug && await db.Organisations.AnyAsync(o => o.Slug == organisation.Slug && o.Id != organisation.Id, ct))
        {
            return Outcome<Organisation>.Invalid("slug", $"An organisation with the slug '{organisation.Slug}' already exists. Choose another slug.");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Organisation>.Conflict(StaleMessage);
        }

        return Outcome<Organisation>.Ok(organisation);
    }

    private async Task ApplyAsync(Organisation organisation, OrganisationInput input, ValidationErrors errors, CancellationToken ct)
    {
        Slugs.Validate("slug", input.Slug, errors);
        errors.Required("name", input.Name, "the organisation's name", 200);
        var sector = Codes.Parse<Sector>(input.Sector, "sector", "a sector", errors);
        errors.MaxLength("country", input.Country, "the country", 80);
        errors.MaxLength("region", input.Region, "the region", 120);
        errors.MaxLength("website", input.Website, "the website", 400);
        var website = Blank(input.Website);
        if (website is not null && (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add("website", "Enter the website as a full address starting with https://, e.g. https://ens.dk/.");
        }

        int? parentId = null;
        if (Blank(input.ParentSlug) is { } parentSlug)
        {
            var parent = await db.Organisations.AsNoTracking().Where(o => o.Slug == parentSlug)
                .Select(o => new { o.Id, o.MergedIntoId, o.ParentOrganisationId }).FirstOrDefaultAsync(ct);
            if (parent is null)
            {
                errors.Add("parentSlug", $"There is no organisation '{parentSlug}'.");
            }
            else if (parent.MergedIntoId is not null)
            {
                errors.Add("parentSlug", $"'{parentSlug}' was merged into another organisation; choose that one.");
            }
            else if (organisation.Id != 0 && await IsWithinAsync(parent.Id, organisation.Id, ct))
            {
                errors.Add("parentSlug", "An organisation cannot belong to itself or to one of the organisations that belong to it.");
            }
            else
            {
                parentId = parent.Id;
            }
        }

        if (errors.Any)
        {
            return;
        }

        organisation.Slug = input.Slug!.Trim();
        organisation.Name = input.Name!.Trim();
        organisation.Sector = sector;
        organisation.ParentOrganisationId = parentId;
        organisation.Country = Blank(input.Country)?.ToUpperInvariant();
        organisation.Region = Blank(input.Region);
        organisation.Website = website;
    }

    /// <summary>Whether <paramref name="candidateId"/> is <paramref name="organisationId"/> or sits below it.</summary>
    private async Task<bool> IsWithinAsync(int candidateId, int organisationId, CancellationToken ct)
    {
        var parents = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentOrganisationId }).ToDictionaryAsync(o => o.Id, o => o.ParentOrganisationId, ct);
        int? current = candidateId;
        for (var steps = 0; current is { } id && steps <= parents.Count; steps++)
        {
            if (id == organisationId)
            {
                return true;
            }

            current = parents.GetValueOrDefault(id);
        }

        return false;
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
