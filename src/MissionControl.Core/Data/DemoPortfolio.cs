using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Data;

/// <summary>
/// Illustrative initiatives for the Danish climate mission and its research missions: every stage, a
/// pre-existing activity, a stopped and a repurposed initiative with exit plans, and reviews dated so that
/// one is overdue. None of these describe real projects' figures; the summaries say so.
/// </summary>
internal static class DemoPortfolio
{
    private const string Note = " (Illustrative demo initiative.)";

    public static async Task SeedAsync(MissionControlDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        var save = new SaveInitiative(db);
        var decide = new DecideGate(db);
        var review = new RecordReview(db);

        async Task Open(string slug, string mission, string title, string summary, string type, string stage, string owner,
            decimal? budget = null, bool confidential = false, string? predatesSince = null, string? target = null) =>
            Check(await save.CreateAsync(new InitiativeInput
            {
                Slug = slug,
                MissionSlug = mission,
                Title = title,
                Summary = summary + Note,
                InnovationType = type,
                Stage = stage,
                OwnerOrganisationSlug = owner,
                Lead = "Programme lead (demo)",
                StartDate = Dates.Format(today.AddMonths(-14)),
                Budget = budget is null ? null : new MoneyInput(budget, "DKK"),
                BudgetConfidential = confidential,
                PredatesMission = predatesSince is not null,
                PredatesSince = predatesSince,
                Targets = target is null ? null : [new InitiativeTargetInput(target, "decrease", "Lower emissions where the initiative operates.")],
            }, ct), slug);

        async Task Decide(string slug, string decision, string rationale, ExitPlanInput? exit = null, string[]? successors = null) =>
            Check(await decide.DecideAsync(slug, new GateDecisionInput
            {
                Decision = decision,
                Rationale = rationale,
                Evidence = ["https://www.kefm.dk/"],
                ExitPlan = exit,
                SuccessorSlugs = successors,
            }, ct), $"gate decision for {slug}");

        async Task Review(string slug, int monthsAgo, string rating, string narrative, string recommendation) =>
            Check(await review.RecordAsync(slug, new ReviewInput
            {
                ReviewedOn = Dates.Format(today.AddMonths(-monthsAgo)),
                KpiStatus = rating is "red" or "amber-red" ? "1 of 3 milestones met" : "3 of 3 milestones met",
                Viability = rating is "red" or "amber-red" ? "Not yet: depends on continued mission funding." : "Yes: a partner will run it without the mission team.",
                DeliveryConfidence = rating,
                Narrative = narrative,
                Recommendation = recommendation,
            }, ct), $"review of {slug}");

        await Open("north-sea-energy-island", "dk-climate-2030", "North Sea energy island",
            "An artificial island that gathers offshore wind power and sends it to Denmark and its neighbours.",
            "mission-oriented", "pilot", "danish-energy-agency", 2_500_000_000m, confidential: true, target: "dk-net-ghg-emissions");
        await Decide("north-sea-energy-island", "advance", "The pilot tender met its milestones and grid partners signed up.");
        await Review("north-sea-energy-island", 1, "amber-green", "Tender on time; grid connection costs higher than planned.", "Continue at scale; watch grid costs.");

        await Open("green-district-heating", "dk-climate-2030", "Green district heating",
            "Heat pumps and surplus heat replace gas and oil in district heating networks.",
            "enhancement", "idea", "kefm", 180_000_000m, target: "dk-net-ghg-emissions");
        await Decide("green-district-heating", "advance", "Problem interviews with 12 utilities confirmed demand.");
        await Decide("green-district-heating", "advance", "Discovery found three utilities ready to pilot.");
        await Review("green-district-heating", 2, "green", "Pilots in three towns deliver the planned heat.", "Prepare for scale.");

        await Open("farm-nitrogen-advice", "dk-green-agriculture-2030", "Farm advisory on nitrogen and climate",
            "Advisers help farms cut nitrogen and greenhouse gas with farm-level climate accounts.",
            "enhancement", "scale", "danish-agriculture-and-food-council", 45_000_000m, predatesSince: "2016-01-01", target: "dk-agriculture-emissions");
        await Review("farm-nitrogen-advice", 3, "amber", "Uptake is good but emission cuts per farm are small.", "Hold; add incentives before scaling further.");

        await Open("ccs-waste-to-energy-pilot", "dk-ccs-2030", "Carbon capture at a waste-to-energy plant",
            "Captures CO2 from a waste-to-energy plant's flue gas for storage under the North Sea.",
            "mission-oriented", "pilot", "orsted", 320_000_000m);
        await Review("ccs-waste-to-energy-pilot", 5, "red", "Capture rate far below design; storage permit delayed.", "Urgent technical review; decide at the next gate.");
        Check(await new RecordExperiment(db).SaveAsync("ccs-waste-to-energy-pilot", null, new ExperimentInput
        {
            Problem = "The capture unit removes too little CO2 at low plant load.",
            Hypotheses =
            [
                new HypothesisInput("Solvent degradation at low load explains most of the shortfall.", "supported"),
                new HypothesisInput("Flue-gas pre-cooling would raise capture above 85%.", "untested"),
            ],
            Concept = "Add a pre-cooler and a solvent-reclaiming step.",
            TestMethod = "Four weeks of operation at three load levels.",
            SuccessCriterion = "Capture rate of at least 85% at 60% load.",
        }, ct), "experiment");

        await Open("hydrogen-valley", "dk-power-to-x-2030", "Hydrogen valley in western Jutland",
            "Electrolysers next to wind farms supply hydrogen to industry and heavy transport.",
            "anticipatory", "discovery", "innovation-fund-denmark", 75_000_000m);

        await Open("food-climate-label", "dk-green-agriculture-2030", "Climate label on food",
            "A label that shows shoppers the climate footprint of food.",
            "anticipatory", "idea", "kefm");

        await Open("regional-transport-lab", "dk-climate-2030", "Regional green transport lab",
            "A lab that tested electric buses and ferries with regions.",
            "adaptive", "pilot", "danish-energy-agency", 30_000_000m);
        await Decide("regional-transport-lab", "repurpose", "The lab's work on electric ferries fits better in green district heating's storage work and the ports' programmes.",
            new ExitPlanInput("Charging-data platform and ferry test results.", "Two engineers move to green district heating.",
                "Test chargers go to the ports of Aarhus and Esbjerg.", "Published in the lab's final report and the mission's learning library."),
            ["green-district-heating"]);

        await Open("biogas-upgrade-subsidy", "dk-climate-2030", "Extra biogas upgrade subsidy",
            "A subsidy top-up for upgrading biogas to the gas grid.",
            "enhancement", "scale", "danish-energy-agency", 120_000_000m, predatesSince: "2014-01-01");
        await Decide("biogas-upgrade-subsidy", "stop", "Market prices now make upgrading viable without the top-up.",
            new ExitPlanInput("The regular biogas support scheme.", "Case officers return to the agency's subsidy unit.",
                "None: the budget returns to the Finance Act reserve.", "Evaluation published; lessons feed the agency's subsidy design guide."));
    }

    private static void Check<T>(Outcome<T> outcome, string what)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo portfolio: could not create {what}: " +
                string.Join("; ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).Prepend(outcome.Message ?? "")));
        }
    }
}
