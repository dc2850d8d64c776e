using Microsoft.AspNetCore.Identity;

namespace MissionControl.Core.Accounts;

/// <summary>A person who signs in: centre staff, mission owners and secretariats, contributors of organisations.</summary>
public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The organisation a contributor reports for.</summary>
    public int? OrganisationId { get; set; }
}

public static class Roles
{
    /// <summary>The centre (prime minister's or mayor's office): may do everything.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Runs the missions listed in <see cref="MissionOwnership"/>.</summary>
    public const string MissionOwner = "MissionOwner";

    /// <summary>Reports for an organisation, e.g. records observations for indicators it provides.</summary>
    public const string Contributor = "Contributor";

    /// <summary>A member of the public who registered to take part in consultations.</summary>
    public const string Citizen = "Citizen";

    public static readonly IReadOnlyList<string> All = [Administrator, MissionOwner, Contributor, Citizen];
}

/// <summary>That a user owns (or runs the secretariat of) a mission.</summary>
public class MissionOwnership
{
    public required string UserId { get; set; }

    public int MissionId { get; set; }
}
