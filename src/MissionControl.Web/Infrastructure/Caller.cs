using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Accounts;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;

namespace MissionControl.Web.Infrastructure;

/// <summary>
/// What the current user may do with a given resource. Pages and endpoints ask here, so the rules live in
/// one place: administrators everything; mission owners their missions; contributors the indicators their
/// organisation provides.
/// </summary>
public sealed class Caller(IHttpContextAccessor accessor, MissionControlDb db)
{
    private HashSet<int>? _ownedMissions;
    private int? _organisationId;

    public ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsAdministrator => IsSignedIn && User.IsInRole(Roles.Administrator);

    public bool CanCreateMission => IsAdministrator;

    public async Task<bool> CanEditMissionAsync(int missionId, CancellationToken ct = default) =>
        IsAdministrator || (IsSignedIn && (await OwnedMissionsAsync(ct)).Contains(missionId));

    public async Task<bool> CanRecordObservationsAsync(int missionId, int? sourceOrganisationId, int? initiativeId = null, CancellationToken ct = default)
    {
        if (await CanEditMissionAsync(missionId, ct))
        {
            return true;
        }

        // An initiative's KPIs are reported by whoever may edit the initiative.
        if (initiativeId is { } id && IsSignedIn)
        {
            var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new { i.LeadUserId, i.OwnerOrganisationId }).FirstOrDefaultAsync(ct);
            if (initiative is not null && await CanEditInitiativeAsync(missionId, initiative.LeadUserId, initiative.OwnerOrganisationId, ct))
            {
                return true;
            }
        }

        if (!IsSignedIn || sourceOrganisationId is null || !User.IsInRole(Roles.Contributor))
        {
            return false;
        }

        return await OrganisationIdAsync(ct) == sourceOrganisationId;
    }

    /// <summary>An initiative is edited (and reviewed) by its lead, its owner organisation's contributors, the mission's owners and administrators.</summary>
    public async Task<bool> CanEditInitiativeAsync(int missionId, string? leadUserId, int? ownerOrganisationId, CancellationToken ct = default)
    {
        if (await CanEditMissionAsync(missionId, ct))
        {
            return true;
        }

        if (!IsSignedIn)
        {
            return false;
        }

        if (leadUserId is not null && leadUserId == UserId)
        {
            return true;
        }

        return ownerOrganisationId is not null && User.IsInRole(Roles.Contributor) && await OrganisationIdAsync(ct) == ownerOrganisationId;
    }

    /// <summary>Gate decisions belong to the mission's owners and administrators.</summary>
    public Task<bool> CanDecideGateAsync(int missionId, CancellationToken ct = default) => CanEditMissionAsync(missionId, ct);

    /// <summary>Confidential fields (such as budgets marked confidential) are for signed-in staff, not the public.</summary>
    public bool CanSeeConfidential => IsSignedIn;

    private async Task<int> OrganisationIdAsync(CancellationToken ct)
    {
        _organisationId ??= await db.Users.AsNoTracking().Where(u => u.Id == UserId).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct) ?? 0;
        return _organisationId.Value;
    }

    public Task<bool> CanRecordObservationsAsync(Indicator indicator, CancellationToken ct = default) =>
        CanRecordObservationsAsync(indicator.MissionId, indicator.SourceOrganisationId, indicator.InitiativeId, ct);

    /// <summary>Draft missions are visible to the centre and to mission owners, not to contributors or the public.</summary>
    public bool CanSeeDrafts => IsAdministrator || (IsSignedIn && User.IsInRole(Roles.MissionOwner));

    private async Task<HashSet<int>> OwnedMissionsAsync(CancellationToken ct)
    {
        if (_ownedMissions is null)
        {
            var userId = UserId;
            var ids = await db.MissionOwnerships.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.MissionId).ToListAsync(ct);
            _ownedMissions = [.. ids];
        }

        return _ownedMissions;
    }
}
