namespace MissionControl.Core.Portfolio;

public enum HypothesisStatus
{
    Untested,
    Supported,
    Refuted,
    Inconclusive,
}

/// <summary>One pass of the lean method: problem → hypotheses → concept → test → result → recommendation.</summary>
public class Experiment
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public required string Problem { get; set; }

    public List<Hypothesis> Hypotheses { get; set; } = [];

    public string? Concept { get; set; }

    public string? TestMethod { get; set; }

    public string? SuccessCriterion { get; set; }

    public string? Result { get; set; }

    public string? Recommendation { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public class Hypothesis
{
    public required string Statement { get; set; }

    public HypothesisStatus Status { get; set; }
}
