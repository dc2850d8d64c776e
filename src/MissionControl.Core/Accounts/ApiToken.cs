using System.Security.Cryptography;
using System.Text;

namespace MissionControl.Core.Accounts;

/// <summary>
/// A personal token for machines (a statistics office pushing observations). Only a SHA-256 hash is
/// stored; the token itself is shown once, when issued.
/// </summary>
public class ApiToken
{
    public const string Prefix = "mc_";

    public int Id { get; set; }

    public required string Name { get; set; }

    public required string UserId { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, so people can tell their tokens apart.</summary>
    public required string Hint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public static string NewSecret() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string HintOf(string token) => token.Length <= 10 ? token : token[..10] + "…";
}
