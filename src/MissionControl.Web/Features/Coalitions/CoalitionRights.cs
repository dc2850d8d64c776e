using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Coalitions;

/// <summary>
/// Who may do what in coalitions. The mission team (its owners and administrators) verifies deliveries and keeps the
/// stakeholder map; an organisation's signed-in contributors pledge and record deliveries for it; administrators and
/// mission owners register organisations; administrators merge duplicates.
/// </summary>
public sealed class CoalitionRights(MissionControlDb db, Caller caller)
{
    private int? _organisationId;

    public bool CanRegisterOrganisations => caller.IsAdministrator || (caller.IsSignedIn && caller.User.IsInRole(Roles.MissionOwner));

    public bool CanMergeOrganisations => caller.IsAdministrator;

    public bool CanSeeDrafts => caller.CanSeeDrafts;

    public Task<bool> IsMissionTeamAsync(int missionId, CancellationToken ct = default) => caller.CanEditMissionAsync(missionId, ct);

    /// <summary>The mission team, or a contributor of the organisation, acting for that organisation in the mission.</summary>
    public async Task<bool> CanActForAsync(int missionId, int? organisationId, CancellationToken ct = default) =>
        await caller.CanEditMissionAsync(missionId, ct) || (organisationId is { } id && await IsContributorOfAsync(id, ct));

    public async Task<bool> CanEditOrganisationAsync(int organisationId, CancellationToken ct = default) =>
        CanRegisterOrganisations || await IsContributorOfAsync(organisationId, ct);

    /// <summary>The organisation the signed-in contributor reports for, if any.</summary>
    public async Task<int?> ContributorOrganisationAsync(CancellationToken ct = default)
    {
        if (!caller.IsSignedIn || !caller.User.IsInRole(Roles.Contributor))
        {
            return null;
        }

        var userId = caller.UserId;
        _organisationId ??= await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct) ?? 0;
        return _organisationId == 0 ? null : _organisationId;
    }

    public Task<string?> OrganisationSlugAsync(int organisationId, CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Slug).FirstOrDefaultAsync(ct);

    private async Task<bool> IsContributorOfAsync(int organisationId, CancellationToken ct) =>
        await ContributorOrganisationAsync(ct) == organisationId;
}
