using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Portfolio;

/// <summary>Filters for the centre's cross-mission list; null means any.</summary>
public sealed record PortfolioFilter(string? MissionSlug, Stage? Stage, InnovationType? InnovationType, DeliveryConfidence? DeliveryConfidence, bool? Overdue);

/// <summary>Reads of portfolios and initiatives. Confidential budgets are shown only when <c>showConfidential</c>.</summary>
public sealed class PortfolioQueries(MissionControlDb db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Now.UtcDateTime);

    public async Task<PortfolioView?> PortfolioAsync(string missionSlug, bool includeDrafts, bool showConfidential, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new { m.Id, m.Slug, m.Title, m.ReviewCadenceMonths }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return null;
        }

        var cards = await CardsAsync(db.Initiatives.Where(i => i.MissionId == mission.Id), showConfidential, ct);

        // The public must not be able to work a confidential amount out of a total or a share: its budget
        // figures leave confidential amounts out, and the share by budget is withheld while any exists.
        var hidesAmounts = cards.Any(c => c.Budget is { Confidential: true, Amount: null });
        var balance = PortfolioBalance.Of([.. cards.Select(c => new PortfolioItem(c.Stage, c.InnovationType, c.DeliveryConfidence,
            c.OwnerSector, c.Budget?.Amount, c.Budget?.Currency))]);
        if (hidesAmounts)
        {
            balance = balance with { RedAmberShare = balance.RedAmberShare with { ByBudget = null } };
        }
        var timeline = await DecisionsAsync(mission.Id, null, ct, showPeople: showConfidential);
        return new PortfolioView(mission.Slug, mission.Title, cards,
            new BalanceView(balance.ByStage, balance.ByInnovationType, balance.ByDeliveryConfidence, balance.BySector, balance.BudgetByStage),
            balance.RedAmberShare, timeline, mission.ReviewCadenceMonths);
    }

    public async Task<List<InitiativeCard>> ListAsync(PortfolioFilter filter, bool includeDrafts, bool showConfidential, CancellationToken ct = default)
    {
        var query = db.Initiatives.Where(i => includeDrafts || i.Mission!.Status != MissionStatus.Draft);
        if (filter.MissionSlug is not null)
        {
            query = query.Where(i => i.Mission!.Slug == filter.MissionSlug);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(i => i.Stage == stage);
        }

        if (filter.InnovationType is { } type)
        {
            query = query.Where(i => i.InnovationType == type);
        }

        if (filter.DeliveryConfidence is { } confidence)
        {
            query = query.Where(i => i.DeliveryConfidence == confidence);
        }

        if (filter.Overdue is { } overdue)
        {
            var today = Today;
            var open = new[] { Stage.Idea, Stage.Discovery, Stage.Pilot, Stage.Scale };
            query = overdue
                ? query.Where(i => open.Contains(i.Stage) && i.NextReviewDue < today)
                : query.Where(i => !open.Contains(i.Stage) || i.NextReviewDue >= today);
        }

        return await CardsAsync(query, showConfidential, ct);
    }

    private async Task<List<InitiativeCard>> CardsAsync(IQueryable<Initiative> query, bool showConfidential, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .OrderBy(i => i.Mission!.Priority).ThenBy(i => i.Title)
            .Select(i => new
            {
                i.Slug,
                i.Title,
                MissionSlug = i.Mission!.Slug,
                i.Stage,
                i.InnovationType,
                i.DeliveryConfidence,
                i.BudgetAmount,
                i.BudgetCurrency,
                i.BudgetConfidential,
                i.NextReviewDue,
                Owner = i.OwnerOrganisation != null ? i.OwnerOrganisation.Name : null,
                Sector = i.OwnerOrganisation != null ? (Organisations.Sector?)i.OwnerOrganisation.Sector : null,
                i.Lead,
                i.PredatesMission,
            })
            .ToListAsync(ct);
        var today = Today;
        return [.. rows.Select(r => new InitiativeCard(r.Slug, r.Title, r.MissionSlug, r.Stage, r.InnovationType, r.DeliveryConfidence,
            Money(r.BudgetAmount, r.BudgetCurrency, r.BudgetConfidential, showConfidential), r.NextReviewDue,
            ReviewSchedule.IsOverdue(r.NextReviewDue, r.Stage, today), r.Owner, r.Sector, r.Lead, r.PredatesMission))];
    }

    private static MoneyView? Money(decimal? amount, string? currency, bool confidential, bool showConfidential) =>
        amount is null ? null : new MoneyView(confidential && !showConfidential ? null : amount, currency, confidential);

    /// <summary>Gate decisions of a mission's initiatives, newest first; optionally only since a moment.</summary>
    /// <param name="showPeople">Whether to name who decided; the public sees "the mission team", not personal accounts.</param>
    public async Task<List<GateDecisionView>> DecisionsAsync(int missionId, DateTimeOffset? since, CancellationToken ct = default, bool showPeople = false)
    {
        var rows = await db.GateDecisions.AsNoTracking()
            .Join(db.Initiatives.Where(i => i.MissionId == missionId), g => g.InitiativeId, i => i.Id, (g, i) => new { g, i.Slug, i.Title })
            .ToListAsync(ct);
        return [.. rows.Where(r => since is null || r.g.DecidedAt >= since)
            .OrderByDescending(r => r.g.DecidedAt).ThenByDescending(r => r.g.Id)
            .Select(r => ToView(r.g, r.Slug, r.Title, showPeople))];
    }

    public async Task<List<PortfolioChange>> ChangesSinceAsync(string missionSlug, DateOnly since, CancellationToken ct = default)
    {
        var from = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == missionSlug).Select(m => m.Id).FirstOrDefaultAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => i.MissionId == missionId)
            .Select(i => new { i.Id, i.Slug, i.Title, i.CreatedAt }).ToListAsync(ct);
        var ids = initiatives.Select(i => i.Id).ToList();
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.InitiativeId)).ToListAsync(ct);
        var changes = new List<PortfolioChange>();
        changes.AddRange(initiatives.Where(i => i.CreatedAt >= from)
            .Select(i => new PortfolioChange(i.CreatedAt, "initiative-opened", i.Slug, i.Title, "Opened")));
        changes.AddRange((await DecisionsAsync(missionId, from, ct)).Select(d => new PortfolioChange(d.DecidedAt, "gate-decision", d.InitiativeSlug, d.InitiativeTitle,
            $"{Codes.ToCode(d.Decision)}: {Codes.ToCode(d.FromStage)} → {Codes.ToCode(d.ToStage)}. {d.Rationale}")));
        changes.AddRange(reviews.Where(r => r.RecordedAt >= from).Select(r =>
        {
            var i = initiatives.First(x => x.Id == r.InitiativeId);
            return new PortfolioChange(r.RecordedAt, "review", i.Slug, i.Title, $"Reviewed: {Codes.ToCode(r.DeliveryConfidence)}. {r.Recommendation}");
        }));
        return [.. changes.OrderByDescending(c => c.At)];
    }

    public async Task<InitiativeDetail?> FindAsync(string slug, bool includeDrafts, bool showConfidential, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Include(i => i.Mission).Include(i => i.OwnerOrganisation)
            .Include(i => i.Targets).ThenInclude(t => t.Indicator)
            .Include(i => i.GateDecisions).Include(i => i.Reviews).Include(i => i.Experiments).Include(i => i.Kpis)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Slug == slug && (includeDrafts || i.Mission!.Status != MissionStatus.Draft), ct);
        if (initiative is null)
        {
            return null;
        }

        var i = initiative;
        return new InitiativeDetail(i.Slug, i.Mission!.Slug, i.Mission.Title, i.Title, i.Summary, i.OwnerOrganisation?.Slug, i.OwnerOrganisation?.Name,
            i.Lead, i.InnovationType, i.Stage, i.StartDate, i.EndDate, Money(i.BudgetAmount, i.BudgetCurrency, i.BudgetConfidential, showConfidential),
            i.PredatesMission, i.PredatesSince, i.DeliveryConfidence, i.LastReviewedOn, i.NextReviewDue,
            ReviewSchedule.IsOverdue(i.NextReviewDue, i.Stage, Today),
            [.. i.Targets.Select(t => new InitiativeTargetView(t.Indicator!.Slug, t.Indicator.Name, t.ExpectedDirection, t.TheoryOfChange, t.Indicator.Assessment.Status))],
            [.. i.Kpis.OrderBy(k => k.Name).Select(MissionQueries.Summarise)],
            [.. i.GateDecisions.OrderByDescending(g => g.DecidedAt).ThenByDescending(g => g.Id).Select(g => ToView(g, i.Slug, i.Title, showConfidential))],
            [.. i.Reviews.OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).Select(r => ToView(r, showConfidential))],
            [.. i.Experiments.OrderByDescending(e => e.UpdatedAt).Select(e => new ExperimentView(e.Id, e.Problem,
                [.. e.Hypotheses.Select(h => new HypothesisView(h.Statement, h.Status))], e.Concept, e.TestMethod, e.SuccessCriterion, e.Result, e.Recommendation, e.UpdatedAt))],
            i.UpdatedAt == default ? i.CreatedAt : i.UpdatedAt, i.Version);
    }

    public async Task<List<ReviewView>> ReviewsAsync(string slug, bool showPeople, CancellationToken ct = default)
    {
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => db.Initiatives.Any(i => i.Id == r.InitiativeId && i.Slug == slug))
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).ToListAsync(ct);
        return [.. reviews.Select(r => ToView(r, showPeople))];
    }

    public static ReviewView ToView(Review r, bool showPeople = true) =>
        new(r.Id, r.ReviewedOn, r.KpiStatus, r.Viability, r.DeliveryConfidence, r.Narrative, r.Recommendation, showPeople ? r.ReviewedBy : MissionTeam, r.RecordedAt);

    /// <summary>What the public sees instead of the name of the person who decided or reviewed.</summary>
    public const string MissionTeam = "the mission team";

    public static GateDecisionView ToView(GateDecision g, string slug, string title, bool showPeople = true) => new(
        g.Id, slug, title, g.Decision, g.FromStage, g.ToStage, g.Rationale, g.Evidence, g.SkipReason,
        g.ExitKept is null && g.ExitPeople is null && g.ExitAssets is null && g.ExitLearning is null ? null : new ExitPlanView(g.ExitKept, g.ExitPeople, g.ExitAssets, g.ExitLearning),
        g.SuccessorSlugs, showPeople ? g.DecidedBy : MissionTeam, g.DecidedAt);
}
