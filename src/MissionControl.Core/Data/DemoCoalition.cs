using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Data;

/// <summary>
/// An illustrative coalition for the Danish climate mission: a ministry, agencies, a region and a municipality, companies,
/// a start-up, a foundation, an employers' organisation, a union, a think tank, a university and a citizens' movement pledge
/// funding, staff, data, in-kind help and expertise. Some deliveries are verified, some wait for the mission team; Ørsted's
/// pledge ended long ago, so it shows as a lapsed member. The stakeholder map includes livestock farmers, who stand to
/// lose, and the youth climate council speaking for future generations. Dates are relative to the day of seeding, so the
/// statuses stay as described. Quantities are illustrative, not published commitments.
/// </summary>
internal static class DemoCoalition
{
    private const string Mission = "dk-climate-2030";
    private const string Verifier = "Climate mission secretariat";

    public static async Task SeedAsync(MissionControlDb db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        await AddOrganisationsAsync(db, ct);
        var record = new RecordPledge(db);

        async Task<int> Pledge(string organisation, string kind, decimal quantity, string unit, DateOnly from, DateOnly to,
            string? initiative = null, string? conditions = null) =>
            Check(await record.PledgeAsync(Mission, new PledgeInput
            {
                OrganisationSlug = organisation,
                Kind = kind,
                Quantity = quantity,
                Unit = unit,
                From = Iso(from),
                To = Iso(to),
                InitiativeSlug = initiative,
                Conditions = conditions,
            }, ct), $"pledge of {organisation}").Id;

        async Task Deliver(int pledge, DateOnly date, decimal quantity, string evidence, bool verified)
        {
            var delivery = Check(await record.DeliverAsync(pledge, new DeliveryInput { Date = Iso(date), Quantity = quantity, Evidence = evidence }, ct), "delivery");
            if (verified)
            {
                Check(await record.VerifyAsync(delivery.Id, Verifier, ct), "verification");
            }
        }

        var novo = await Pledge("novo-nordisk-foundation", "funding", 500_000_000m, "DKK", today.AddYears(-2), today.AddYears(3), "north-sea-energy-island",
            "Released in tranches against the energy island's milestones.");
        await Deliver(novo, today.AddMonths(-14), 150_000_000m, "https://novonordiskfonden.dk/en/ – grant letter, first tranche", true);
        await Deliver(novo, today.AddMonths(-2), 100_000_000m, "https://novonordiskfonden.dk/en/ – grant letter, second tranche", true);
        await Deliver(novo, today.AddDays(-12), 80_000_000m, "Transfer confirmation for the third tranche", false);

        var ens = await Pledge("danish-energy-agency", "data", 12m, "datasets", today.AddYears(-1), today.AddYears(2));
        await Deliver(ens, today.AddMonths(-5), 8m, "https://ens.dk/en/our-services/statistics-data-key-figures-and-energy-maps", true);

        var ministry = await Pledge("kefm", "staff", 6m, "FTE", today.AddYears(-1), today.AddYears(4), conditions: "The mission secretariat.");
        await Deliver(ministry, today.AddMonths(-6), 6m, "Secretariat staffed in full (appointment letters)", true);

        var aarhus = await Pledge("aarhus-municipality", "staff", 4m, "FTE", today.AddMonths(-8), today.AddYears(2), "green-district-heating");
        await Deliver(aarhus, today.AddMonths(-3), 2m, "Two heat planners seconded to the delivery team", true);

        var region = await Pledge("region-midtjylland", "in-kind", 3m, "test sites", today.AddMonths(-4), today.AddYears(1), "regional-transport-lab");
        await Deliver(region, today.AddDays(-20), 1m, "Bus depot in Herning opened to the transport lab", false);

        var di = await Pledge("danish-industry", "expertise", 1_200m, "hours", today.AddYears(-1), today.AddYears(1));
        await Deliver(di, today.AddMonths(-4), 400m, "Workshops with 60 member companies on process heat", true);

        await Pledge("3f", "expertise", 300m, "hours", today.AddMonths(-2), today.AddYears(2), conditions: "Training for workers moving into green jobs.");

        var concito = await Pledge("concito", "expertise", 500m, "hours", today.AddYears(-2), today.AddMonths(-6));
        await Deliver(concito, today.AddMonths(-4), 500m, "https://concito.dk/en – analysis of agricultural emissions", true);

        await Pledge("dtu", "in-kind", 2_000m, "lab hours", today.AddMonths(-1), today.AddYears(3), "north-sea-energy-island");

        var startup = await Pledge("too-good-to-go", "data", 3m, "datasets", today.AddMonths(-6), today.AddYears(1));
        await Deliver(startup, today.AddMonths(-1), 3m, "Food waste data for Danish retailers, shared under a data agreement", true);

        await Pledge("klimabevaegelsen", "in-kind", 40m, "citizen meetings", today.AddMonths(-3), today.AddMonths(9));

        // Lapsed: the pledge ended two years ago and its last verified delivery is 18 months old.
        var orsted = await Pledge("orsted", "funding", 25_000_000m, "DKK", today.AddYears(-4), today.AddYears(-2));
        await Deliver(orsted, today.AddMonths(-18), 20_000_000m, "Co-funding of the offshore wind skills programme (annual report)", true);

        var stakeholders = new SaveStakeholder(db);
        async Task Stakeholder(string name, int interest, int influence, string effect, string? organisation = null, bool future = false, string? notes = null) =>
            Check(await stakeholders.AddAsync(Mission, new StakeholderInput
            {
                Name = name,
                OrganisationSlug = organisation,
                Interest = interest,
                Influence = influence,
                Effect = effect,
                FutureGenerations = future,
                Notes = notes,
            }, ct), $"stakeholder {name}");

        await Stakeholder("Livestock farmers", 5, 4, "negatively-affected", notes: "A tax on livestock emissions and less land for grazing fall on them first.");
        await Stakeholder("Danish Agriculture & Food Council", 5, 5, "neutral", "danish-agriculture-and-food-council");
        await Stakeholder("Households heating with oil or gas", 3, 1, "negatively-affected", notes: "Face the cost of switching to heat pumps or district heating.");
        await Stakeholder("Youth climate council", 5, 2, "benefiting", future: true, notes: "Speaks for those who will live with the 2050 outcome.");
        await Stakeholder("Danish Industry", 4, 4, "benefiting", "danish-industry");
        await Stakeholder("3F workers in fossil industries", 4, 3, "neutral", "3f");
        await Stakeholder("Aarhus Municipality", 4, 3, "benefiting", "aarhus-municipality");
        await Stakeholder("Novo Nordisk Foundation", 3, 5, "benefiting", "novo-nordisk-foundation");
        await Stakeholder("Coastal communities near the energy island", 3, 2, "neutral");
    }

    private static async Task AddOrganisationsAsync(MissionControlDb db, CancellationToken ct)
    {
        Organisation[] organisations =
        [
            new() { Slug = "aarhus-municipality", Name = "Aarhus Municipality", Sector = Sector.Municipality, Country = "DK", Region = "Midtjylland", Website = "https://aarhus.dk/" },
            new() { Slug = "region-midtjylland", Name = "Central Denmark Region", Sector = Sector.Region, Country = "DK", Region = "Midtjylland", Website = "https://www.rm.dk/" },
            new() { Slug = "danish-industry", Name = "Confederation of Danish Industry (DI)", Sector = Sector.EmployerOrganisation, Country = "DK", Website = "https://www.danskindustri.dk/" },
            new() { Slug = "concito", Name = "CONCITO", Sector = Sector.CivilSociety, Country = "DK", Website = "https://concito.dk/" },
            new() { Slug = "dtu", Name = "Technical University of Denmark (DTU)", Sector = Sector.Research, Country = "DK", Website = "https://www.dtu.dk/" },
            new() { Slug = "too-good-to-go", Name = "Too Good To Go", Sector = Sector.Startup, Country = "DK", Website = "https://www.toogoodtogo.com/" },
            new() { Slug = "klimabevaegelsen", Name = "The Climate Movement in Denmark (Klimabevægelsen)", Sector = Sector.CitizenGroup, Country = "DK", Website = "https://www.klimabevaegelsen.dk/" },
        ];

        var existing = (await db.Organisations.Select(o => o.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.Organisations.AddRange(organisations.Where(o => !existing.Contains(o.Slug)));
        await db.SaveChangesAsync(ct);

        // The energy agency belongs to the climate ministry.
        var ministry = await db.Organisations.Where(o => o.Slug == "kefm").Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        var agency = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "danish-energy-agency", ct);
        if (agency is not null && agency.ParentOrganisationId is null && ministry is not null)
        {
            agency.ParentOrganisationId = ministry;
            await db.SaveChangesAsync(ct);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Check<T>(Outcome<T> outcome, string what) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException($"The demo {what} was refused: {outcome.Message} {string.Join(" ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))}");
}
