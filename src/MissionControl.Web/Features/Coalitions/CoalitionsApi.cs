using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Auditing;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Data;
using MissionControl.Core.Organisations;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Coalitions;

/// <summary>The answer to a new pledge, or to its withdrawal.</summary>
public sealed record PledgeCreated(int Id, PledgeStatus Status);

/// <summary>The answer to a recorded delivery.</summary>
public sealed record DeliveryCreated(int Id);

/// <summary>A verified delivery and the status its pledge has now.</summary>
public sealed record DeliveryVerified(int Id, int PledgeId, DateTimeOffset VerifiedAt, string VerifiedBy, PledgeStatus PledgeStatus);

/// <summary>One member as the coalition API shows it.</summary>
public sealed record CoalitionMemberJson(string OrganisationSlug, Sector Sector, MembershipStatus Status, IReadOnlyList<AmountJson> Pledged, IReadOnlyList<AmountJson> Delivered);

public sealed record AmountJson(PledgeKind Kind, decimal Quantity, string Unit);

/// <summary>A mission's coalition: its members and the number of sectors its active members come from.</summary>
public sealed record CoalitionJson(IReadOnlyList<CoalitionMemberJson> Members, int Sectors);

public static class CoalitionsApi
{
    public static IServiceCollection AddCoalitions(this IServiceCollection services)
    {
        services.AddOptions<CoalitionOptions>().BindConfiguration(CoalitionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddScoped<SaveOrganisation>().AddScoped<MergeOrganisations>().AddScoped<OrganisationQueries>()
            .AddScoped<RecordPledge>().AddScoped<SaveStakeholder>().AddScoped<CoalitionQueries>().AddScoped<CoalitionRights>();
    }

    public static IEndpointRouteBuilder MapCoalitionsApi(this IEndpointRouteBuilder app)
    {
        app.MapOrganisationsApi();

        var missions = app.MapGroup("/api/v1/missions/{slug}").WithTags("Coalitions");

        missions.MapGet("/coalition", CoalitionAsync)
            .WithName("GetCoalition")
            .WithSummary("A mission's coalition: members, their status, pledged against delivered")
            .WithDescription("Public. `members[].status` is active while a pledge (not withdrawn) runs over today or a verified delivery is at most " +
                "12 months old (setting `MissionControl:Coalitions:ActiveMonths`), lapsed otherwise; nobody is a member by appointment. " +
                "`pledged` and `delivered` are totals by kind and unit: withdrawn pledges leave `pledged`, only verified deliveries count as `delivered`. " +
                "`sectors` is the number of distinct sectors among active members.")
            .AllowAnonymous();

        missions.MapGet("/pledges", PledgesAsync)
            .WithName("ListPledges")
            .WithSummary("A mission's pledges with their deliveries and derived status")
            .WithDescription("Public. `status`: pledged, partly-delivered, delivered (verified deliveries reach the quantity) or withdrawn.")
            .AllowAnonymous();

        missions.MapPost("/pledges", PledgeAsync)
            .WithName("CreatePledge")
            .WithSummary("Pledge a contribution to a mission")
            .WithDescription("The mission's owners, administrators and the pledging organisation's contributors. " +
                "`{organisationSlug, kind, quantity, unit, from, to, initiativeSlug?, conditions?}`; `kind`: funding, staff, data, in-kind, expertise; " +
                "funding's `unit` is an ISO 4217 currency (DKK, EUR). An initiative must belong to the mission (422), a merged organisation cannot pledge (422). Answers `{id, status}`.")
            .RequireAuthorization(Policies.ApiWriter);

        missions.MapGet("/stakeholders", StakeholdersAsync)
            .WithName("GetStakeholders")
            .WithSummary("A mission's stakeholder map")
            .WithDescription("Public. Each stakeholder's `interest` and `influence` (1–5), `effect` (benefiting, neutral, negatively-affected), " +
                "`futureGenerations` and `engaged` (named in a consultation of the mission). `unengagedNegativelyAffected` lists negatively affected " +
                "stakeholders no consultation has engaged yet: while it is not empty the mission has not heard those who stand to lose.")
            .AllowAnonymous();

        missions.MapPost("/stakeholders", AddStakeholderAsync)
            .WithName("AddStakeholder")
            .WithSummary("Place a stakeholder on a mission's map")
            .WithDescription("The mission's owners and administrators. `{name, organisationSlug?, interest, influence, effect, futureGenerations?, notes?}`.")
            .RequireAuthorization(Policies.ApiWriter);

        var pledges = app.MapGroup("/api/v1/pledges").WithTags("Coalitions");

        pledges.MapGet("/{id:int}", GetPledgeAsync)
            .WithName("GetPledge")
            .WithSummary("One pledge with its deliveries")
            .AllowAnonymous();

        pledges.MapPost("/{id:int}/deliveries", DeliverAsync)
            .WithName("RecordDelivery")
            .WithSummary("Record a delivery against a pledge")
            .WithDescription("The mission's owners, administrators and the organisation's contributors. `{date, quantity, evidence}` (evidence: a link or a description). " +
                "It counts once the mission team verifies it. A withdrawn pledge takes no deliveries (422). Answers `{id}`.")
            .RequireAuthorization(Policies.ApiWriter);

        pledges.MapPost("/{id:int}/withdraw", WithdrawAsync)
            .WithName("WithdrawPledge")
            .WithSummary("Withdraw a pledge")
            .WithDescription("The mission's owners, administrators and the organisation's contributors. Verified deliveries stay on record. " +
                "A pledge already withdrawn or delivered in full cannot be withdrawn (422).")
            .RequireAuthorization(Policies.ApiWriter);

        app.MapPost("/api/v1/deliveries/{id:int}/verify", VerifyAsync)
            .WithTags("Coalitions")
            .WithName("VerifyDelivery")
            .WithSummary("Verify a delivery")
            .WithDescription("The mission team only: its owners and administrators (403 for the organisation's own contributors). A delivery is verified once (422).")
            .RequireAuthorization(Policies.ApiWriter);

        var stakeholders = app.MapGroup("/api/v1/stakeholders").WithTags("Coalitions");

        stakeholders.MapPut("/{id:int}", UpdateStakeholderAsync)
            .WithName("UpdateStakeholder")
            .WithSummary("Change a stakeholder on the map")
            .WithDescription("The mission's owners and administrators. Same body as adding.")
            .RequireAuthorization(Policies.ApiWriter);

        stakeholders.MapDelete("/{id:int}", RemoveStakeholderAsync)
            .WithName("RemoveStakeholder")
            .WithSummary("Remove a stakeholder from the map")
            .WithDescription("The mission's owners and administrators.")
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private static async Task<Results<Ok<CoalitionJson>, NotFound<ProblemDetails>>> CoalitionAsync(
        string slug, CoalitionQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        var coalition = await queries.CoalitionAsync(slug, rights.CanSeeDrafts, ct);
        if (coalition is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        static List<AmountJson> Json(IEnumerable<Amount> amounts) => [.. amounts.Select(a => new AmountJson(a.Kind, a.Quantity, a.Unit))];
        return TypedResults.Ok(new CoalitionJson(
            [.. coalition.Members.Select(m => new CoalitionMemberJson(m.OrganisationSlug, m.Sector, m.Status, Json(m.Pledged), Json(m.Delivered)))],
            coalition.Sectors));
    }

    private static async Task<Results<Ok<IReadOnlyList<PledgeView>>, NotFound<ProblemDetails>>> PledgesAsync(
        string slug, CoalitionQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        var coalition = await queries.CoalitionAsync(slug, rights.CanSeeDrafts, ct);
        return coalition is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(coalition.Pledges);
    }

    private static async Task<Results<Ok<PledgeView>, NotFound<ProblemDetails>>> GetPledgeAsync(
        int id, CoalitionQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        var pledge = await queries.PledgeAsync(id, rights.CanSeeDrafts, ct);
        return pledge is null ? Problems.NotFound($"There is no pledge {id}.") : TypedResults.Ok(pledge);
    }

    private static async Task<Results<Created<PledgeCreated>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> PledgeAsync(
        string slug, PledgeInput input, RecordPledge record, CoalitionRights rights, MissionControlDb db, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        var organisationId = await db.Organisations.AsNoTracking().Where(o => o.Slug == input.OrganisationSlug).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (!await rights.CanActForAsync(missionId.Value, organisationId, ct))
        {
            return Problems.Forbidden("Only the mission's owners, administrators and the pledging organisation's contributors record its pledges.");
        }

        var outcome = await record.PledgeAsync(slug, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/v1/pledges/{outcome.Value!.Id}", new PledgeCreated(outcome.Value.Id, PledgeStatus.Pledged)),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => CoalitionProblems.RuleBroken("The pledge cannot be recorded.", outcome.Message!),
        };
    }

    private static async Task<Results<Created<DeliveryCreated>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> DeliverAsync(
        int id, DeliveryInput input, RecordPledge record, CoalitionRights rights, MissionControlDb db, CancellationToken ct)
    {
        var pledge = await db.Pledges.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.MissionId, p.OrganisationId }).FirstOrDefaultAsync(ct);
        if (pledge is null)
        {
            return Problems.NotFound($"There is no pledge {id}.");
        }

        if (!await rights.CanActForAsync(pledge.MissionId, pledge.OrganisationId, ct))
        {
            return Problems.Forbidden("Only the mission's owners, administrators and the organisation's contributors record deliveries against its pledges.");
        }

        var outcome = await record.DeliverAsync(id, input, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created($"/api/v1/pledges/{id}", new DeliveryCreated(outcome.Value!.Id)),
            OutcomeKind.Invalid => Problems.Invalid(outcome.Errors),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => CoalitionProblems.RuleBroken("The delivery cannot be recorded.", outcome.Message!),
        };
    }

    private static async Task<Results<Ok<PledgeCreated>, NotFound<ProblemDetails>, ProblemHttpResult>> WithdrawAsync(
        int id, RecordPledge record, CoalitionRights rights, MissionControlDb db, CancellationToken ct)
    {
        var pledge = await db.Pledges.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.MissionId, p.OrganisationId }).FirstOrDefaultAsync(ct);
        if (pledge is null)
        {
            return Problems.NotFound($"There is no pledge {id}.");
        }

        if (!await rights.CanActForAsync(pledge.MissionId, pledge.OrganisationId, ct))
        {
            return Problems.Forbidden("Only the mission's owners, administrators and the organisation's contributors withdraw its pledges.");
        }

        var outcome = await record.WithdrawAsync(id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(new PledgeCreated(id, PledgeStatus.Withdrawn)),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Message!),
            _ => CoalitionProblems.RuleBroken("The pledge cannot be withdrawn.", outcome.Message!),
        };
    }

    private static async Task<Results<Ok<DeliveryVerified>, NotFound<ProblemDetails>, ProblemHttpResult>> VerifyAsync(
        int id, RecordPledge record, CoalitionRights rights, MissionControlDb db, IActor actor, CoalitionQueries queries, CancellationToken ct)
    {
        var delivery = await db.Deliveries.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.PledgeId, MissionId = db.Pledges.Where(p => p.Id == d.PledgeId).Select(p => p.MissionId).First() }).FirstOrDefaultAsync(ct);
        if (delivery is null)
        {
            return Problems.NotFound($"There is no delivery {id}.");
        }

        if (!await rights.IsMissionTeamAsync(delivery.MissionId, ct))
        {
            return Problems.Forbidden("Only the mission team (its owners and administrators) verifies deliveries.");
        }

        var outcome = await record.VerifyAsync(id, actor.Name, ct);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : CoalitionProblems.RuleBroken("The delivery cannot be verified.", outcome.Message!);
        }

        var pledge = await queries.PledgeAsync(delivery.PledgeId, includeDrafts: true, ct);
        var verified = outcome.Value!;
        return TypedResults.Ok(new DeliveryVerified(verified.Id, verified.PledgeId, verified.VerifiedAt!.Value, verified.VerifiedBy!, pledge!.Status));
    }

    private static async Task<Results<Ok<StakeholderMap>, NotFound<ProblemDetails>>> StakeholdersAsync(
        string slug, CoalitionQueries queries, CoalitionRights rights, CancellationToken ct)
    {
        var map = await queries.StakeholdersAsync(slug, rights.CanSeeDrafts, ct);
        return map is null ? Problems.NotFound($"There is no mission '{slug}'.") : TypedResults.Ok(map);
    }

    private static async Task<Results<Created<StakeholderView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> AddStakeholderAsync(
        string slug, StakeholderInput input, SaveStakeholder save, CoalitionRights rights, CoalitionQueries queries, MissionControlDb db, CancellationToken ct)
    {
        var missionId = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (missionId is null)
        {
            return Problems.NotFound($"There is no mission '{slug}'.");
        }

        if (!await rights.IsMissionTeamAsync(missionId.Value, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators keep its stakeholder map.");
        }

        var outcome = await save.AddAsync(slug, input, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : Problems.Invalid(outcome.Errors);
        }

        var view = await StakeholderAsync(queries, slug, outcome.Value!.Id, ct);
        return TypedResults.Created($"/api/v1/missions/{slug}/stakeholders", view);
    }

    private static async Task<Results<Ok<StakeholderView>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateStakeholderAsync(
        int id, StakeholderInput input, SaveStakeholder save, CoalitionRights rights, CoalitionQueries queries, MissionControlDb db, CancellationToken ct)
    {
        var mission = await StakeholderMissionAsync(db, id, ct);
        if (mission is null)
        {
            return Problems.NotFound($"There is no stakeholder {id}.");
        }

        if (!await rights.IsMissionTeamAsync(mission.Value.Id, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators keep its stakeholder map.");
        }

        var outcome = await save.UpdateAsync(id, input, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : Problems.Invalid(outcome.Errors);
        }

        return TypedResults.Ok(await StakeholderAsync(queries, mission.Value.Slug, id, ct));
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>, ProblemHttpResult>> RemoveStakeholderAsync(
        int id, SaveStakeholder save, CoalitionRights rights, MissionControlDb db, CancellationToken ct)
    {
        var mission = await StakeholderMissionAsync(db, id, ct);
        if (mission is null)
        {
            return Problems.NotFound($"There is no stakeholder {id}.");
        }

        if (!await rights.IsMissionTeamAsync(mission.Value.Id, ct))
        {
            return Problems.Forbidden("Only the mission's owners and administrators keep its stakeholder map.");
        }

        var outcome = await save.RemoveAsync(id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.NotFound(outcome.Message!);
    }

    private static async Task<(int Id, string Slug)?> StakeholderMissionAsync(MissionControlDb db, int id, CancellationToken ct)
    {
        var row = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.MissionId, Slug = db.Missions.Where(m => m.Id == s.MissionId).Select(m => m.Slug).First() }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.MissionId, row.Slug);
    }

    private static async Task<StakeholderView> StakeholderAsync(CoalitionQueries queries, string missionSlug, int id, CancellationToken ct) =>
        (await queries.StakeholdersAsync(missionSlug, includeDrafts: true, ct))!.Stakeholders.Single(s => s.Id == id);
}
