namespace MissionControl.Core.Data;

/// <summary>
/// The stored answer to a write that carried an Idempotency-Key header, so a client that retries gets
/// the same answer and the write happens once.
/// </summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }

    public required string UserId { get; set; }

    /// <summary>Hash of method, path and body: the same key with a different request is an error.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
