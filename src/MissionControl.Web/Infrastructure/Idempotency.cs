using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Web.Infrastructure;

/// <summary>
/// Support for the <c>Idempotency-Key</c> header: a retried write with the same key and body gets the
/// first answer again instead of being applied twice.
/// </summary>
public sealed class Idempotency(MissionControlDb db)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    public static string? KeyOf(HttpRequest request)
    {
        var key = request.Headers[Header].ToString().Trim();
        return key.Length == 0 ? null : key;
    }

    public static string HashOf(HttpRequest request, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path} {request.ContentType}\n{body}")));

    public Task<IdempotencyRecord?> FindAsync(string userId, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);

    /// <summary>Adds the record to the current unit of work, so it commits with the write it describes.</summary>
    public void Remember<T>(string userId, string key, string requestHash, int statusCode, T response) =>
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            UserId = userId,
            Key = key,
            RequestHash = requestHash,
            StatusCode = statusCode,
            ResponseBody = JsonSerializer.Serialize(response, JsonSerializerOptions.Web),
            CreatedAt = db.Now,
        });

    public static T? Replay<T>(IdempotencyRecord record) =>
        record.ResponseBody is null ? default : JsonSerializer.Deserialize<T>(record.ResponseBody, JsonSerializerOptions.Web);
}
