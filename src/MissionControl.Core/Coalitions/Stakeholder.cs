namespace MissionControl.Core.Coalitions;

public enum StakeholderEffect
{
    Benefiting,
    Neutral,
    NegativelyAffected,
}

/// <summary>
/// An organisation or group on a mission's stakeholder map, placed by interest and influence (1–5), marked
/// as benefiting or negatively affected; one may speak for future generations.
/// </summary>
public class Stakeholder
{
    public int Id { get; set; }

    public int MissionId { get; set; }

    public required string Name { get; set; }

    public int? OrganisationId { get; set; }

    public int Interest { get; set; }

    public int Influence { get; set; }

    public StakeholderEffect Effect { get; set; }

    /// <summary>The representative for future generations.</summary>
    public bool FutureGenerations { get; set; }

    public string? Notes { get; set; }
}
