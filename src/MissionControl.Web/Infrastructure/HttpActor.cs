using System.Security.Claims;
using MissionControl.Core.Auditing;

namespace MissionControl.Web.Infrastructure;

/// <summary>The person or token holder behind the current request, for the audit log.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => accessor.HttpContext?.User.Identity?.Name ?? (UserId is null ? "system" : "unknown");
}
