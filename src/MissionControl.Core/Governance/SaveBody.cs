using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>A member as submitted: a person, their organisation, their role and the initiatives they are assigned to.</summary>
public sealed record BodyMemberInput
{
    public string? Name { get; init; }

    public string? Organisation { get; init; }

    /// <summary>chair, member, secretary, ambassador or adviser; member when absent.</summary>
    public string? Role { get; init; }

    /// <summary>Initiatives an adviser or ambassador is assigned to, project by project.</summary>
    public IReadOnlyList<string>? InitiativeSlugs { get; init; }
}

/// <summary>What <c>POST /api/v1/missions/{slug}/governance/bodies</c> and <c>PUT /api/v1/governance/bodies/{id}</c> take.</summary>
public sealed record BodyInput
{
    /// <summary>mission-board, secretariat, delivery-team, advisory-board, ambassadors, visionary-council or steering-committee.</summary>
    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? Mandate { get; init; }

    /// <summary>weekly, fortnightly, monthly, quarterly, half-yearly or yearly; none when absent.</summary>
    public string? Cadence { get; init; }

    /// <summary>The body this one reports to: the chain of command.</summary>
    public int? ReportsToId { get; init; }

    /// <summary>The whole list: a PUT replaces the members.</summary>
    public IReadOnlyList<BodyMemberInput>? Members { get; init; }
}

/// <summary>
/// Creates and changes governance bodies: of one mission, or across missions (no mission). A mission's body reports
/// to another body of the same mission or to a body across missions; a body across missions reports only to another
/// such body; the chain never loops.
/// </summary>
public sealed class SaveBody(MissionControlDb db)
{
    /// <summary>Only these may be assigned to initiatives, project by project.</summary>
    public static bool MayBeAssigned(BodyKind kind, MemberRole role) =>
        kind is BodyKind.AdvisoryBoard or BodyKind.Ambassadors || role is MemberRole.Adviser or MemberRole.Ambassador;

    /// <param name="missionSlug">Null for a body across missions.</param>
    public async Task<Outcome<GovernanceBody>> CreateAsync(string? missionSlug, BodyInput input, CancellationToken ct = default)
    {
        int? missionId = null;
        if (missionSlug is not null)
        {
            missionId = await db.Missions.Where(m => m.Slug == missionSlug).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
            if (missionId is null)
            {
                return Outcome<GovernanceBody>.NotFound($"There is no mission '{missionSlug}'.");
            }
        }

        var body = new GovernanceBody { MissionId = missionId, Name = "", CreatedAt = db.Now };
        var errors = await ApplyAsync(body, input, ct);
        if (errors.Any)
        {
            return Outcome<GovernanceBody>.Invalid(errors);
        }

        db.GovernanceBodies.Add(body);
        await db.SaveChangesAsync(ct);
        return Outcome<GovernanceBody>.Ok(body);
    }

    public const string StaleMessage =
        "Someone else changed this governance body after you opened it. Reload it to see their changes, then make yours again.";

    /// <summary>Changes a body; <paramref name="expectedVersion"/>, when given, must be the version the change was made from.</summary>
    public async Task<Outcome<GovernanceBody>> UpdateAsync(int id, BodyInput input, int? expectedVersion = null, CancellationToken ct = default)
    {
        var body = await db.GovernanceBodies.Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (body is null)
        {
            return Outcome<GovernanceBody>.NotFound($"There is no governance body {id}.");
        }

        if (expectedVersion is { } expected && expected != body.Version)
        {
            return Outcome<GovernanceBody>.Conflict(StaleMessage);
        }

        var errors = await ApplyAsync(body, input, ct);
        if (errors.Any)
        {
            return Outcome<GovernanceBody>.Invalid(errors);
        }

        // The members are owned rows: mark the body changed so its version rises and the audit trail records the new members with it.
        db.Entry(body).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return Outcome<GovernanceBody>.Ok(body);
    }

    private async Task<ValidationErrors> ApplyAsync(GovernanceBody body, BodyInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var kind = Codes.Parse<BodyKind>(input.Kind, "kind", "a kind of body", errors);
        errors.Required("name", input.Name, "the body's name", 200);
        errors.MaxLength("mandate", input.Mandate, "the mandate", 4000);
        MeetingCadence? cadence = string.IsNullOrWhiteSpace(input.Cadence) ? null : Codes.Parse<MeetingCadence>(input.Cadence, "cadence", "a meeting cadence", errors);
        await CheckReportsToAsync(body, input.ReportsToId, errors, ct);
        var members = await MembersAsync(body.MissionId, kind, input.Members ?? [], errors, ct);
        if (errors.Any)
        {
            return errors;
        }

        body.Kind = kind;
        body.Name = input.Name!.Trim();
        body.Mandate = SaveMission.Blank(input.Mandate);
        body.Cadence = cadence;
        body.ReportsToId = input.ReportsToId;
        body.Members.Clear();
        body.Members.AddRange(members);
        return errors;
    }

    private async Task CheckReportsToAsync(GovernanceBody body, int? reportsToId, ValidationErrors errors, CancellationToken ct)
    {
        if (reportsToId is not { } parentId)
        {
            return;
        }

        var parent = await db.GovernanceBodies.AsNoTracking().Where(b => b.Id == parentId)
            .Select(b => new { b.Id, b.MissionId }).FirstOrDefaultAsync(ct);
        if (parent is null)
        {
            errors.Add("reportsToId", $"There is no governance body {parentId} to report to.");
            return;
        }

        if (parent.MissionId is not null && parent.MissionId != body.MissionId)
        {
            errors.Add("reportsToId", body.MissionId is null
                ? "A body across missions reports only to another body across missions."
                : "A body reports to a body of the same mission or to one across missions.");
            return;
        }

        if (body.Id == 0)
        {
            return;
        }

        // Walk up from the new parent: meeting this body on the way means the chain would loop.
        var links = await db.GovernanceBodies.AsNoTracking().Where(b => b.MissionId == null || b.MissionId == body.MissionId)
            .Select(b => new { b.Id, b.ReportsToId }).ToDictionaryAsync(b => b.Id, b => b.ReportsToId, ct);
        var seen = new HashSet<int>();
        for (int? current = parentId; current is { } c && seen.Add(c); current = links.GetValueOrDefault(c))
        {
            if (c == body.Id)
            {
                errors.Add("reportsToId", parentId == body.Id
                    ? "A body cannot report to itself."
                    : "The body cannot report to a body that reports to it: the chain of command would go round in a circle.");
                return;
            }
        }
    }

    private async Task<List<BodyMember>> MembersAsync(int? missionId, BodyKind kind, IReadOnlyList<BodyMemberInput> inputs, ValidationErrors errors, CancellationToken ct)
    {
        var wanted = inputs.SelectMany(m => m.InitiativeSlugs ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var known = await db.Initiatives.AsNoTracking().Where(i => wanted.Contains(i.Slug) && (missionId == null || i.MissionId == missionId))
            .Select(i => i.Slug).ToListAsync(ct);
        var members = new List<BodyMember>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var m = inputs[i];
            var field = $"members[{i}]";
            errors.Required($"{field}.name", m.Name, $"the name of member {i + 1}", 200);
            errors.MaxLength($"{field}.organisation", m.Organisation, $"the organisation of member {i + 1}", 200);
            var role = Codes.Parse<MemberRole>(m.Role, $"{field}.role", $"a role for member {i + 1}", errors, MemberRole.Member);
            var slugs = (m.InitiativeSlugs ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
            foreach (var missing in slugs.Except(known))
            {
                errors.Add($"{field}.initiativeSlugs", missionId is null
                    ? $"There is no initiative '{missing}'."
                    : $"There is no initiative '{missing}' in this mission's portfolio.");
            }

            if (slugs.Count > 0 && !MayBeAssigned(kind, role))
            {
                errors.Add($"{field}.initiativeSlugs", $"Only advisers, ambassadors and members of an advisory board or of ambassadors are assigned to initiatives; {m.Name?.Trim()} is a {Codes.ToCode(role)} of a {Codes.ToCode(kind)}.");
            }

            members.Add(new BodyMember
            {
                Name = m.Name?.Trim() ?? "",
                Organisation = SaveMission.Blank(m.Organisation),
                Role = role,
                InitiativeSlugs = slugs,
            });
        }

        return members;
    }
}
