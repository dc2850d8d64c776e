using MissionControl.Core.Auditing;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Auditing;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", async (string entityType, string entityId, AuditQueries audit, CancellationToken ct) =>
                TypedResults.Ok(await audit.HistoryAsync(entityType, entityId, ct)))
            .WithTags("Audit")
            .WithName("GetHistory")
            .WithSummary("The change history of one entity, newest first")
            .WithDescription("Administrators only. `entityType` is e.g. Mission, Indicator or Observation; `entityId` its id. " +
                "`before` and `after` are the entity's values as JSON.")
            .RequireAuthorization(Policies.Administrator);
        return app;
    }
}
