using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Auditing;

/// <summary>One audit entry as the history page and API show it.</summary>
public sealed record AuditView(long Id, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string? Before, string? After);

/// <summary>Reads the audit trail: an entity's history, newest first.</summary>
public sealed class AuditQueries(MissionControlDb db)
{
    public const int MaxEntries = 500;

    public async Task<List<AuditView>> HistoryAsync(string entityType, string entityId, CancellationToken ct = default)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Take(MaxEntries)
            .Select(a => new AuditView(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Before, a.After))
            .ToListAsync(ct);
        return rows;
    }

    /// <summary>The properties whose value differs between the before and after JSON of an entry.</summary>
    public static IReadOnlyList<(string Property, string? Before, string? After)> Differences(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        return [.. old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal)
            .Select(k => (k, old.GetValueOrDefault(k), @new.GetValueOrDefault(k)))
            .Where(d => d.Item2 != d.Item3)];
    }

    private static Dictionary<string, string?> Flatten(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : p.Value.ToString(),
            StringComparer.Ordinal);
    }
}
