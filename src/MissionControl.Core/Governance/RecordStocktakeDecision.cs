using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Governance;

/// <summary>What <c>POST /api/v1/stocktakes/{id}/decisions</c> takes.</summary>
public sealed record StocktakeDecisionInput
{
    /// <summary>What was decided: an action to take.</summary>
    public string? Text { get; init; }

    /// <summary>Who carries it out.</summary>
    public string? Owner { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Due { get; init; }

    /// <summary>Shown to the public when true; otherwise to signed-in staff only.</summary>
    public bool Public { get; init; }
}

/// <summary>What <c>PATCH /api/v1/stocktake-decisions/{id}</c> takes: only the fields sent (not null) change.</summary>
public sealed record StocktakeDecisionChange
{
    /// <summary>open, done or dropped.</summary>
    public string? Status { get; init; }

    public string? Text { get; init; }

    public string? Owner { get; init; }

    public string? Due { get; init; }

    public bool? Public { get; init; }
}

/// <summary>
/// Records a decision taken at a stocktake, and changes it later (usually to close it as done or dropped). An open
/// decision carries over to every later stocktake's agenda until it is closed.
/// </summary>
public sealed class RecordStocktakeDecision(MissionControlDb db)
{
    public async Task<Outcome<StocktakeDecision>> AddAsync(int stocktakeId, StocktakeDecisionInput input, CancellationToken ct = default)
    {
        var stocktake = await db.Stocktakes.AsNoTracking().Where(s => s.Id == stocktakeId).Select(s => new { s.Id, s.MissionId }).FirstOrDefaultAsync(ct);
        if (stocktake is null)
        {
            return Outcome<StocktakeDecision>.NotFound($"There is no stocktake {stocktakeId}.");
        }

        var errors = new ValidationErrors();
        errors.Required("text", input.Text, "what was decided", 2000);
        errors.MaxLength("owner", input.Owner, "the owner", 200);
        var due = Dates.Parse(input.Due, "due", errors);
        if (errors.Any)
        {
            return Outcome<StocktakeDecision>.Invalid(errors);
        }

        var decision = new StocktakeDecision
        {
            MissionId = stocktake.MissionId,
            StocktakeId = stocktake.Id,
            Text = input.Text!.Trim(),
            Owner = Missions.SaveMission.Blank(input.Owner),
            Due = due,
            Status = ActionStatus.Open,
            Public = input.Public,
            DecidedAt = db.Now,
        };
        db.StocktakeDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return Outcome<StocktakeDecision>.Ok(decision);
    }

    public async Task<Outcome<StocktakeDecision>> ChangeAsync(int decisionId, StocktakeDecisionChange change, CancellationToken ct = default)
    {
        var decision = await db.StocktakeDecisions.FindAsync([decisionId], ct);
        if (decision is null)
        {
            return Outcome<StocktakeDecision>.NotFound($"There is no stocktake decision {decisionId}.");
        }

        var errors = new ValidationErrors();
        ActionStatus? status = change.Status is null ? null : Codes.Parse<ActionStatus>(change.Status, "status", "a status", errors);
        if (change.Text is not null)
        {
            errors.Required("text", change.Text, "what was decided", 2000);
        }

        errors.MaxLength("owner", change.Owner, "the owner", 200);
        var due = Dates.Parse(change.Due, "due", errors);
        if (errors.Any)
        {
            return Outcome<StocktakeDecision>.Invalid(errors);
        }

        if (status is { } s && s != decision.Status)
        {
            decision.Status = s;
            decision.ClosedAt = s == ActionStatus.Open ? null : db.Now;
        }

        decision.Text = change.Text?.Trim() ?? decision.Text;
        decision.Owner = change.Owner is null ? decision.Owner : Missions.SaveMission.Blank(change.Owner);
        decision.Due = change.Due is null ? decision.Due : due;
        decision.Public = change.Public ?? decision.Public;
        await db.SaveChangesAsync(ct);
        return Outcome<StocktakeDecision>.Ok(decision);
    }
}
