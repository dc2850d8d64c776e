using MissionControl.Core.Data;

namespace MissionControl.Core.Governance;

/// <summary>What <c>PUT /api/v1/stocktakes/{id}/minutes</c> takes.</summary>
public sealed record MinutesInput
{
    /// <summary>The whole minutes; empty clears them.</summary>
    public string? Minutes { get; init; }
}

/// <summary>Writes (or rewrites) a stocktake's minutes.</summary>
public sealed class RecordMinutes(MissionControlDb db)
{
    public const int MaxLength = 20000;

    public async Task<Outcome<Stocktake>> RecordAsync(int stocktakeId, MinutesInput input, CancellationToken ct = default)
    {
        var stocktake = await db.Stocktakes.FindAsync([stocktakeId], ct);
        if (stocktake is null)
        {
            return Outcome<Stocktake>.NotFound($"There is no stocktake {stocktakeId}.");
        }

        var errors = new ValidationErrors();
        errors.MaxLength("minutes", input.Minutes, "the minutes", MaxLength);
        if (errors.Any)
        {
            return Outcome<Stocktake>.Invalid(errors);
        }

        stocktake.Minutes = Missions.SaveMission.Blank(input.Minutes);
        await db.SaveChangesAsync(ct);
        return Outcome<Stocktake>.Ok(stocktake);
    }
}
