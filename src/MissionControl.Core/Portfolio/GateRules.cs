namespace MissionControl.Core.Portfolio;

/// <summary>What a gate decision proposes, before it is checked.</summary>
public sealed record GateProposal(
    GateDecisionKind Decision,
    Stage From,
    Stage? To,
    string? Rationale,
    IReadOnlyList<string> Evidence,
    string? SkipReason,
    ExitPlan? ExitPlan,
    IReadOnlyList<string> SuccessorSlugs);

/// <summary>Where people, assets and learning go when an initiative closes.</summary>
public sealed record ExitPlan(string? Kept, string? People, string? Assets, string? Learning)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Kept) && !string.IsNullOrWhiteSpace(People)
        && !string.IsNullOrWhiteSpace(Assets) && !string.IsNullOrWhiteSpace(Learning);
}

/// <summary>
/// The stage-gate rules. Stages run idea → discovery → pilot → scale → mainstreamed; stop and repurpose
/// close an initiative from any open stage. The result is the stage the decision leads to, or the rules broken.
/// </summary>
public static class GateRules
{
    /// <summary>The open stages in order; mainstreamed follows scale.</summary>
    public static readonly Stage[] Sequence = [Stage.Idea, Stage.Discovery, Stage.Pilot, Stage.Scale, Stage.Mainstreamed];

    public static bool IsTerminal(Stage stage) => stage is Stage.Stopped or Stage.Repurposed or Stage.Mainstreamed;

    public static Outcome<Stage> Check(GateProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var errors = new ValidationErrors();
        if (IsTerminal(proposal.From))
        {
            errors.Add("decision", $"The initiative is {Codes.ToCode(proposal.From)}; a closed initiative takes no more gate decisions. Open a new initiative instead.");
            return Outcome<Stage>.Invalid(errors);
        }

        if (string.IsNullOrWhiteSpace(proposal.Rationale))
        {
            errors.Add("rationale", "Give the rationale for the decision.");
        }
        else
        {
            errors.MaxLength("rationale", proposal.Rationale, "the rationale", 4000);
        }

        foreach (var (link, i) in proposal.Evidence.Select((l, i) => (l, i)))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"evidence[{i}]", $"Evidence {i + 1} ('{link}') must be a web address starting with https:// or http://.");
            }
        }

        var to = Target(proposal, errors);
        if (errors.Any)
        {
            return Outcome<Stage>.Invalid(errors);
        }

        return Outcome<Stage>.Ok(to);
    }

    private static Stage Target(GateProposal p, ValidationErrors errors)
    {
        var from = Array.IndexOf(Sequence, p.From);
        switch (p.Decision)
        {
            case GateDecisionKind.Advance:
                {
                    var to = p.To ?? Sequence[from + 1];
                    var index = Array.IndexOf(Sequence, to);
                    if (to == Stage.Mainstreamed)
                    {
                        errors.Add("toStage", "To hand an initiative over to regular operations, decide 'mainstream'.");
                    }
                    else if (index <= from)
                    {
                        errors.Add("toStage", $"Advance moves forward: from {Codes.ToCode(p.From)} the next stage is {Codes.ToCode(Sequence[from + 1])}. To step back, decide 'pivot'.");
                    }
                    else if (index > from + 1 && string.IsNullOrWhiteSpace(p.SkipReason))
                    {
                        errors.Add("skipReason", $"Going from {Codes.ToCode(p.From)} to {Codes.ToCode(to)} skips {Skipped(from, index)}. Say why the stage can be skipped.");
                    }

                    return to;
                }

            case GateDecisionKind.Hold:
                if (p.To is { } held && held != p.From)
                {
                    errors.Add("toStage", $"Hold keeps the initiative in {Codes.ToCode(p.From)}; to change stage decide advance, pivot, stop, repurpose or mainstream.");
                }

                return p.From;

            case GateDecisionKind.Pivot:
                {
                    var to = p.To ?? p.From;
                    if (IsTerminal(to) || Array.IndexOf(Sequence, to) > from)
                    {
                        errors.Add("toStage", $"A pivot keeps the stage or steps back (to {string.Join(", ", Sequence.Take(from + 1).Select(s => Codes.ToCode(s)))}).");
                    }

                    return to;
                }

            case GateDecisionKind.Stop:
                ExpectTo(p, Stage.Stopped, errors);
                RequireExitPlan(p, errors);
                return Stage.Stopped;

            case GateDecisionKind.Repurpose:
                ExpectTo(p, Stage.Repurposed, errors);
                RequireExitPlan(p, errors);
                if (p.SuccessorSlugs.Count == 0)
                {
                    errors.Add("successorSlugs", "Name the initiative or initiatives that carry the work on.");
                }

                return Stage.Repurposed;

            default:
                ExpectTo(p, Stage.Mainstreamed, errors);
                // Mainstreaming follows scale; from an earlier stage it skips stages like any other jump.
                if (from < Array.IndexOf(Sequence, Stage.Scale) && string.IsNullOrWhiteSpace(p.SkipReason))
                {
                    errors.Add("skipReason", $"Mainstreaming from {Codes.ToCode(p.From)} skips {Skipped(from, Array.IndexOf(Sequence, Stage.Mainstreamed))}. Say why it is ready for regular operations already.");
                }

                return Stage.Mainstreamed;
        }
    }

    private static void ExpectTo(GateProposal p, Stage expected, ValidationErrors errors)
    {
        if (p.To is { } to && to != expected)
        {
            errors.Add("toStage", $"'{Codes.ToCode(p.Decision)}' leads to {Codes.ToCode(expected)}, not {Codes.ToCode(to)}.");
        }
    }

    private static void RequireExitPlan(GateProposal p, ValidationErrors errors)
    {
        if (p.ExitPlan is not { IsComplete: true })
        {
            errors.Add("exitPlan", $"A decision to {Codes.ToCode(p.Decision)} needs an exit plan: what is kept, and where the people, the assets and the learning go.");
        }
    }

    private static string Skipped(int from, int to) =>
        string.Join(" and ", Sequence.Skip(from + 1).Take(to - from - 1).Select(s => Codes.ToCode(s)));
}
