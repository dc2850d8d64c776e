using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Portfolio;

public sealed record HypothesisInput(string? Statement, string? Status);

/// <summary>One entry of the lean experiment log.</summary>
public sealed record ExperimentInput
{
    [Required]
    public string? Problem { get; init; }

    public IReadOnlyList<HypothesisInput>? Hypotheses { get; init; }

    public string? Concept { get; init; }

    public string? TestMethod { get; init; }

    public string? SuccessCriterion { get; init; }

    public string? Result { get; init; }

    public string? Recommendation { get; init; }
}

/// <summary>Adds to and updates an initiative's lean experiment log.</summary>
public sealed class RecordExperiment(MissionControlDb db)
{
    public async Task<Outcome<Experiment>> SaveAsync(string slug, int? experimentId, ExperimentInput input, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Slug == slug).Select(i => new { i.Id }).FirstOrDefaultAsync(ct);
        if (initiative is null)
        {
            return Outcome<Experiment>.NotFound($"There is no initiative '{slug}'.");
        }

        var experiment = experimentId is { } id
            ? await db.Experiments.FirstOrDefaultAsync(e => e.Id == id && e.InitiativeId == initiative.Id, ct)
            : new Experiment { Problem = "", InitiativeId = initiative.Id, RecordedAt = db.Now };
        if (experiment is null)
        {
            return Outcome<Experiment>.NotFound($"Initiative '{slug}' has no experiment {experimentId}.");
        }

        var errors = new ValidationErrors();
        errors.Required("problem", input.Problem, "the problem the experiment addresses", 2000);
        foreach (var (label, field, value) in new[]
        {
            ("the concept", "concept", input.Concept), ("the test method", "testMethod", input.TestMethod),
            ("the success criterion", "successCriterion", input.SuccessCriterion), ("the result", "result", input.Result),
            ("the recommendation", "recommendation", input.Recommendation),
        })
        {
            errors.MaxLength(field, value, label, 2000);
        }

        var hypotheses = new List<Hypothesis>();
        var rows = input.Hypotheses ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i]?.Statement))
            {
                errors.Add($"hypotheses[{i}].statement", $"Hypothesis {i + 1}: state the hypothesis.");
                continue;
            }

            var status = Codes.Parse<HypothesisStatus>(rows[i].Status, $"hypotheses[{i}].status", "a status", errors, fallback: HypothesisStatus.Untested);
            hypotheses.Add(new Hypothesis { Statement = rows[i].Statement!.Trim(), Status = status });
        }

        if (errors.Any)
        {
            return Outcome<Experiment>.Invalid(errors);
        }

        experiment.Problem = input.Problem!.Trim();
        experiment.Hypotheses = hypotheses;
        experiment.Concept = Missions.SaveMission.Blank(input.Concept);
        experiment.TestMethod = Missions.SaveMission.Blank(input.TestMethod);
        experiment.SuccessCriterion = Missions.SaveMission.Blank(input.SuccessCriterion);
        experiment.Result = Missions.SaveMission.Blank(input.Result);
        experiment.Recommendation = Missions.SaveMission.Blank(input.Recommendation);
        experiment.UpdatedAt = db.Now;
        if (experiment.Id == 0)
        {
            db.Experiments.Add(experiment);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Experiment>.Ok(experiment);
    }
}
