using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Accounts;

/// <summary>The token's secret, shown once when issued, and its stored record.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);

/// <summary>Issues and revokes API tokens. Only hashes are stored, so a lost token is revoked and reissued, never recovered.</summary>
public sealed class IssueApiToken(MissionControlDb db)
{
    public async Task<Outcome<IssuedToken>> IssueAsync(string? name, string? userId, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("name", name, "a name that says what the token is for", 120);
        if (string.IsNullOrWhiteSpace(userId) || !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            errors.Add("userId", "Choose the person the token acts for.");
        }

        if (errors.Any)
        {
            return Outcome<IssuedToken>.Invalid(errors);
        }

        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            Name = name!.Trim(),
            UserId = userId!,
            TokenHash = ApiToken.Hash(secret),
            Hint = ApiToken.HintOf(secret),
            CreatedAt = db.Now,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return Outcome<IssuedToken>.Ok(new IssuedToken(token, secret));
    }

    public async Task<Outcome<ApiToken>> RevokeAsync(int id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return Outcome<ApiToken>.NotFound($"There is no API token {id}.");
        }

        token.RevokedAt ??= db.Now;
        await db.SaveChangesAsync(ct);
        return Outcome<ApiToken>.Ok(token);
    }
}
