using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;
using MissionControl.Core.Missions;

namespace MissionControl.Core.Governance;

/// <summary>What the capabilities API takes: a skill the mission needs, who supplies it, and what is missing.</summary>
public sealed record CapabilityInput
{
    /// <summary>The skill: data science, procurement, behavioural insight, technology, ...</summary>
    public string? Name { get; init; }

    /// <summary>How much is needed, in words or full-time equivalents.</summary>
    public string? Need { get; init; }

    public List<SupplierInput>? Suppliers { get; init; }

    /// <summary>What is still missing; leave it empty when the need is met.</summary>
    public string? Gap { get; init; }
}

public sealed record SupplierInput
{
    public string? Name { get; init; }

    /// <summary>staff, external-expert or practitioner.</summary>
    public string? Kind { get; init; }

    public string? Organisation { get; init; }
}

public sealed record SupplierView(string Name, SupplierKind Kind, string? Organisation);

/// <summary>A capability; <c>hasGap</c> is true when a gap is written down or nobody supplies it yet.</summary>
public sealed record CapabilityView(int Id, string Name, string? Need, List<SupplierView> Suppliers, string? Gap, bool HasGap, int Version);

/// <summary>A mission's capabilities register, with how many capabilities have a gap.</summary>
public sealed record CapabilitiesView(string MissionSlug, string MissionTitle, List<CapabilityView> Capabilities, int Gaps);

/// <summary>Keeps a mission's capabilities register: the skills it needs, who supplies each (staff, external experts, practitioners) and the gaps.</summary>
public sealed class SaveCapability(MissionControlDb db)
{
    public const int MaxSuppliers = 50;

    public async Task<Outcome<Capability>> CreateAsync(int missionId, CapabilityInput input, CancellationToken ct = default)
    {
        var capability = new Capability { MissionId = missionId, Name = "" };
        var errors = Apply(capability, input);
        if (errors.Any)
        {
            return Outcome<Capability>.Invalid(errors);
        }

        db.Capabilities.Add(capability);
        await db.SaveChangesAsync(ct);
        return Outcome<Capability>.Ok(capability);
    }

    public const string StaleMessage =
        "Someone else changed this capability after you opened it. Reload it to see their changes, then make yours again.";

    /// <summary>Changes a capability; <paramref name="expectedVersion"/>, when given, must be the version the change was made from.</summary>
    public async Task<Outcome<Capability>> UpdateAsync(int id, CapabilityInput input, int? expectedVersion = null, CancellationToken ct = default)
    {
        var capability = await db.Capabilities.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (capability is null)
        {
            return Outcome<Capability>.NotFound($"There is no capability {id}.");
        }

        if (expectedVersion is { } expected && expected != capability.Version)
        {
            return Outcome<Capability>.Conflict(StaleMessage);
        }

        var errors = Apply(capability, input);
        if (errors.Any)
        {
            return Outcome<Capability>.Invalid(errors);
        }

        // The suppliers are owned rows: mark the capability changed so its version rises and the audit trail records the new list with it.
        db.Entry(capability).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return Outcome<Capability>.Ok(capability);
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken ct = default)
    {
        var capability = await db.Capabilities.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (capability is null)
        {
            return false;
        }

        db.Capabilities.Remove(capability);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The register of a mission, or null when there is no such mission (or a draft the reader may not see).</summary>
    public async Task<CapabilitiesView?> RegisterAsync(string missionSlug, bool includeDrafts, CancellationToken ct = default)
    {
        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Slug == missionSlug && (includeDrafts || m.Status != MissionStatus.Draft))
            .Select(m => new { m.Id, m.Slug, m.Title }).FirstOrDefaultAsync(ct);
        if (mission is null)
        {
            return null;
        }

        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.MissionId == mission.Id).OrderBy(c => c.Name).ToListAsync(ct);
        var views = capabilities.Select(ToView).ToList();
        return new CapabilitiesView(mission.Slug, mission.Title, views, views.Count(v => v.HasGap));
    }

    public static CapabilityView ToView(Capability c) => new(c.Id, c.Name, c.Need,
        [.. c.Suppliers.Select(s => new SupplierView(s.Name, s.Kind, s.Organisation))], c.Gap, HasGap(c), c.Version);

    /// <summary>A capability has a gap when one is written down, or when nobody supplies it yet.</summary>
    public static bool HasGap(Capability c) => !string.IsNullOrWhiteSpace(c.Gap) || c.Suppliers.Count == 0;

    private static ValidationErrors Apply(Capability capability, CapabilityInput input)
    {
        var errors = new ValidationErrors();
        errors.Required("name", input.Name, "the capability", 200);
        errors.MaxLength("need", input.Need, "the need", 1000);
        errors.MaxLength("gap", input.Gap, "the gap", 2000);
        var suppliers = new List<CapabilitySupplier>();
        var given = input.Suppliers ?? [];
        if (given.Count > MaxSuppliers)
        {
            errors.Add("suppliers", $"List at most {MaxSuppliers} suppliers.");
        }

        for (var i = 0; i < given.Count && i < MaxSuppliers; i++)
        {
            var s = given[i];
            if (string.IsNullOrWhiteSpace(s.Name) && string.IsNullOrWhiteSpace(s.Organisation))
            {
                // An empty row on the form: nothing to record.
                continue;
            }

            errors.Required($"suppliers[{i}].name", s.Name, "who supplies it", 200);
            errors.MaxLength($"suppliers[{i}].organisation", s.Organisation, "the organisation", 200);
            var kind = Codes.Parse<SupplierKind>(s.Kind, $"suppliers[{i}].kind", "a kind of supplier", errors, SupplierKind.Staff);
            suppliers.Add(new CapabilitySupplier { Name = s.Name?.Trim() ?? "", Kind = kind, Organisation = SaveMission.Blank(s.Organisation) });
        }

        if (!errors.Any)
        {
            capability.Name = input.Name!.Trim();
            capability.Need = SaveMission.Blank(input.Need);
            capability.Gap = SaveMission.Blank(input.Gap);
            capability.Suppliers = suppliers;
        }

        return errors;
    }
}
