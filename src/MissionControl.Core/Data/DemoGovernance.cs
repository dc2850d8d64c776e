using MissionControl.Core.Governance;

namespace MissionControl.Core.Data;

/// <summary>
/// Illustrative governance for the Danish climate mission: the centre's steering committee across missions, a mission
/// board reporting to it, a secretariat, a delivery team, an advisory board and ambassadors assigned to initiatives,
/// and two stocktakes (one held, with minutes and a decision; one scheduled). Members are named by office, not person.
/// </summary>
internal static class DemoGovernance
{
    private const string Mission = "dk-climate-2030";
    private const string Note = " (Illustrative demo body.)";

    public static async Task SeedAsync(MissionControlDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        var save = new SaveBody(db);

        async Task<int> Body(string? mission, string kind, string name, string mandate, string? cadence, int? reportsTo, params BodyMemberInput[] members) =>
            Check(await save.CreateAsync(mission, new BodyInput
            {
                Kind = kind,
                Name = name,
                Mandate = mandate + Note,
                Cadence = cadence,
                ReportsToId = reportsTo,
                Members = members,
            }, ct), name).Id;

        static BodyMemberInput Member(string name, string organisation, string role = "member", params string[] initiatives) =>
            new() { Name = name, Organisation = organisation, Role = role, InitiativeSlugs = initiatives };

        var committee = await Body(null, "steering-committee", "Government committee for the green transition",
            "Sets the priorities across the climate missions and settles conflicts between ministries.", "half-yearly", null,
            Member("Prime Minister", "Prime Minister's Office", "chair"),
            Member("Minister for Climate, Energy and Utilities", "Danish Ministry of Climate, Energy and Utilities"),
            Member("Minister for Finance", "Ministry of Finance"));
        var board = await Body(Mission, "mission-board", "Climate mission board",
            "Owns the 70% target: decides on the portfolio, takes stock every quarter and reports to the government committee.", "quarterly", committee,
            Member("Minister for Climate, Energy and Utilities", "Danish Ministry of Climate, Energy and Utilities", "chair"),
            Member("Director-General", "Danish Energy Agency"),
            Member("Chief Executive", "Innovation Fund Denmark"),
            Member("Head of the mission secretariat", "Danish Ministry of Climate, Energy and Utilities", "secretary"));
        var secretariat = await Body(Mission, "secretariat", "Climate mission secretariat",
            "Prepares the stocktakes, keeps the decision log and follows up on actions.", "fortnightly", board,
            Member("Head of the mission secretariat", "Danish Ministry of Climate, Energy and Utilities", "chair"),
            Member("Data lead", "Danish Energy Agency"));
        await Body(Mission, "delivery-team", "Energy island delivery team",
            "Delivers the North Sea energy island with the grid operator and the ports.", "weekly", secretariat,
            Member("Programme director", "Danish Energy Agency", "chair"),
            Member("Grid connection lead", "Danish Energy Agency"));
        await Body(Mission, "advisory-board", "Climate advisory board",
            "Independent advice on the mission's evidence and its portfolio, initiative by initiative.", "half-yearly", board,
            Member("Professor of energy systems", "Technical University of Denmark", "chair"),
            Member("Heat planning adviser", "Danish District Heating Association", "adviser", "green-district-heating"),
            Member("Offshore wind adviser", "Wind industry association", "adviser", "north-sea-energy-island"));
        await Body(Mission, "ambassadors", "Climate ambassadors",
            "Carry the mission to municipalities, businesses and schools.", null, board,
            Member("Mayor", "A municipality in western Jutland", "ambassador", "green-district-heating"),
            Member("Youth climate council representative", "Danish Youth Council", "ambassador"));

        var schedule = new ScheduleStocktake(db);
        var held = Check(await schedule.ScheduleAsync(Mission, new StocktakeInput { Date = Dates.Format(today.AddMonths(-1)), BodyId = board }, ct), "stocktake");
        Check(await new RecordMinutes(db).RecordAsync(held.Id, new MinutesInput
        {
            Minutes = "The board took stock of the key figure and the portfolio.\nThe energy island's grid connection costs are higher than planned: the board asked for an independent cost review before its next gate.",
        }, ct), "minutes");
        var decisions = new RecordStocktakeDecision(db);
        Check(await decisions.AddAsync(held.Id, new StocktakeDecisionInput
        {
            Text = "Commission an independent review of the energy island's grid connection costs",
            Owner = "Danish Energy Agency",
            Due = Dates.Format(today.AddMonths(1)),
            Public = true,
        }, ct), "decision");
        Check(await schedule.ScheduleAsync(Mission, new StocktakeInput { BodyId = board }, ct), "next stocktake");

        await SeedCapabilitiesAsync(db, ct);
        Check(await new SetPriorities(db).RecordAsync(new DeprioritisationInput
        {
            Title = "A separate national hydrogen-vehicle programme",
            Reason = "Folded into the green-fuels initiatives of the climate mission, where the same money goes further. (Illustrative.)",
            Since = Dates.Format(today.AddMonths(-2)),
            MissionSlug = Mission,
        }, ct), "no-longer-a-priority entry");
    }

    private static async Task SeedCapabilitiesAsync(MissionControlDb db, CancellationToken ct)
    {
        var missionId = db.Missions.Where(m => m.Slug == Mission).Select(m => m.Id).First();
        var save = new SaveCapability(db);
        static SupplierInput Supplier(string name, string kind, string? organisation = null) => new() { Name = name, Kind = kind, Organisation = organisation };

        Check(await save.CreateAsync(missionId, new CapabilityInput
        {
            Name = "Data science",
            Need = "Two analysts to keep the emissions projections and the key figure's forecast up to date",
            Suppliers = [Supplier("Data lead", "staff", "Danish Energy Agency"), Supplier("Energy systems modelling group", "external-expert", "Technical University of Denmark")],
        }, ct), "capability");
        Check(await save.CreateAsync(missionId, new CapabilityInput
        {
            Name = "Procurement",
            Need = "Innovation procurement for the energy island's grid connection and green district heating",
            Suppliers = [Supplier("Procurement team", "staff", "Danish Energy Agency")],
            Gap = "No one with experience of competitive dialogue for offshore infrastructure; recruiting one adviser.",
        }, ct), "capability");
        Check(await save.CreateAsync(missionId, new CapabilityInput
        {
            Name = "Behavioural insight",
            Need = "Design of campaigns that move households off oil and gas boilers",
        }, ct), "capability");
        Check(await save.CreateAsync(missionId, new CapabilityInput
        {
            Name = "Heat planning",
            Need = "Municipal heat plans for the switch to district heating",
            Suppliers = [Supplier("Heat planning adviser", "practitioner", "Danish District Heating Association")],
        }, ct), "capability");
    }

    private static T Check<T>(Outcome<T> outcome, string what) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException($"The demo {what} was refused: {outcome.Message} {string.Join(" ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))}");
}
