namespace MissionControl.Core.Indicators;

/// <summary>
/// Progress statuses of the Eurostat SDG / Open SDG method, spelled in kebab case in the API
/// (<c>on-track</c>, <c>moving-away</c>, ...).
/// </summary>
public enum AssessmentStatus
{
    Achieved,
    OnTrack,
    Moderate,
    Insufficient,
    MovingAway,
    NotAssessable,
}

/// <summary>How an assessment was reached.</summary>
public enum AssessmentMethod
{
    /// <summary>Observed growth compared with the growth the target requires.</summary>
    TargetRatio,

    /// <summary>No target: observed growth in the desired direction against fixed thresholds.</summary>
    DirectionOnly,

    /// <summary>Nothing could be computed; the reason says why.</summary>
    None,
}

public static class AssessmentStatusNames
{
    public static readonly IReadOnlyList<AssessmentStatus> All = Enum.GetValues<AssessmentStatus>();

    public static string ToCode(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.Achieved => "achieved",
        AssessmentStatus.OnTrack => "on-track",
        AssessmentStatus.Moderate => "moderate",
        AssessmentStatus.Insufficient => "insufficient",
        AssessmentStatus.MovingAway => "moving-away",
        _ => "not-assessable",
    };

    /// <summary>The words shown beside the colour, so status never depends on colour alone.</summary>
    public static string ToWords(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.Achieved => "Achieved",
        AssessmentStatus.OnTrack => "On track",
        AssessmentStatus.Moderate => "Moderate progress",
        AssessmentStatus.Insufficient => "Insufficient progress",
        AssessmentStatus.MovingAway => "Moving away",
        _ => "Not assessable",
    };

    public static bool TryParseCode(string? code, out AssessmentStatus status)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = AssessmentStatus.NotAssessable;
        return false;
    }

    public static string ToCode(this AssessmentMethod method) => method switch
    {
        AssessmentMethod.TargetRatio => "cagr-ratio",
        AssessmentMethod.DirectionOnly => "cagr-direction",
        _ => "none",
    };

    public static AssessmentMethod ParseMethod(string? code) => code switch
    {
        "cagr-ratio" => AssessmentMethod.TargetRatio,
        "cagr-direction" => AssessmentMethod.DirectionOnly,
        _ => AssessmentMethod.None,
    };
}
