using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;

namespace MissionControl.Web.Features.Administration;

/// <summary>An account to create: a mission owner names missions, a contributor an organisation.</summary>
public sealed record UserInput
{
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public string? Password { get; init; }

    /// <summary>administrator, mission-owner or contributor.</summary>
    public string? Role { get; init; }

    public IReadOnlyList<string>? MissionSlugs { get; init; }

    public string? OrganisationSlug { get; init; }
}

public sealed record UserView(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> MissionSlugs, string? OrganisationSlug);

public enum UserRole
{
    Administrator,
    MissionOwner,
    Contributor,
}

/// <summary>Creates accounts for the centre, mission owners and contributors, with their role and scope, in one transaction.</summary>
public sealed class CreateUser(MissionControlDb db, UserManager<ApplicationUser> users)
{
    public async Task<Outcome<UserView>> CreateAsync(UserInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("email", input.Email, "an email address", 256);
        errors.MaxLength("displayName", input.DisplayName, "the name", 200);
        var role = Codes.Parse<UserRole>(input.Role, "role", "a role", errors);
        var missionSlugs = (input.MissionSlugs ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
        var missionIds = await db.Missions.AsNoTracking().Where(m => missionSlugs.Contains(m.Slug)).Select(m => new { m.Id, m.Slug }).ToListAsync(ct);
        foreach (var missing in missionSlugs.Except(missionIds.Select(m => m.Slug)))
        {
            errors.Add("missionSlugs", $"There is no mission '{missing}'.");
        }

        if (role == UserRole.MissionOwner && missionSlugs.Count == 0)
        {
            errors.Add("missionSlugs", "Choose at least one mission for a mission owner.");
        }

        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(input.OrganisationSlug))
        {
            organisationId = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.OrganisationSlug).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (organisationId is null)
            {
                errors.Add("organisationSlug", $"There is no organisation '{input.OrganisationSlug}'.");
            }
        }
        else if (role == UserRole.Contributor)
        {
            errors.Add("organisationSlug", "Choose the organisation a contributor reports for.");
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", "Enter a first password of at least 12 characters; the person can change it later.");
        }

        if (errors.Any)
        {
            return Outcome<UserView>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new ApplicationUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = SaveMissionText(input.DisplayName),
            OrganisationId = organisationId,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return Outcome<UserView>.Invalid(errors);
        }

        var roleName = role switch
        {
            UserRole.Administrator => Roles.Administrator,
            UserRole.MissionOwner => Roles.MissionOwner,
            _ => Roles.Contributor,
        };
        await users.AddToRoleAsync(user, roleName);
        db.MissionOwnerships.AddRange(missionIds.Select(m => new MissionOwnership { UserId = user.Id, MissionId = m.Id }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<UserView>.Ok(new UserView(user.Id, user.Email!, user.DisplayName, [Codes.ToCode(role)], [.. missionIds.Select(m => m.Slug)], input.OrganisationSlug));
    }

    public async Task<List<UserView>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Missions = db.MissionOwnerships.Where(o => o.UserId == u.Id).Join(db.Missions, o => o.MissionId, m => m.Id, (_, m) => m.Slug).ToList(),
                Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Slug).FirstOrDefault(),
            }).ToListAsync(ct);
        return [.. rows.Select(r => new UserView(r.Id, r.Email ?? "", r.DisplayName, [.. r.Roles.Select(RoleCode)], r.Missions, r.Organisation))];
    }

    /// <summary>The API speaks of roles in the same kebab case it accepts: mission-owner, not MissionOwner.</summary>
    private static string RoleCode(string roleName) => Enum.TryParse<UserRole>(roleName, out var role) ? Codes.ToCode(role) : roleName;

    private static string? SaveMissionText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
