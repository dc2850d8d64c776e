using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;
using MissionControl.Core.Organisations;

namespace MissionControl.Core.Data;

/// <summary>
/// Demo content for an empty installation: real missions (Denmark's 70% climate target and its four
/// green research missions, three EU missions, the Dutch health mission, a Copenhagen mission and
/// Canada's tobacco target) with their key figures, supporting indicators and observations.
/// </summary>
/// <remarks>
/// Everything goes through the use cases, so demo content obeys the same rules as anything a person
/// types, and the stored assessments are computed the normal way. Values that are not published
/// statistics are marked: the indicator is <see cref="Indicator.Illustrative"/>, its provenance names
/// which values are published and which are not, and each illustrative observation carries a note.
/// The numbers were chosen so the key figures show every assessment status; the expected status of
/// each one is written beside it (worked out by hand with the method in PRODUCT.md).
/// </remarks>
public static class DemoData
{
    private const string IllustrativeNote = "Illustrative value for the demo; not an official statistic.";

    /// <summary>Seeds the demo content when the database has no missions; otherwise does nothing.</summary>
    /// <exception cref="InvalidOperationException">A use case refused the content; the message lists its errors.</exception>
    public static async Task SeedAsync(MissionControlDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Missions.AnyAsync(ct))
        {
            return;
        }

        // All or nothing: a seed that fails halfway must not leave half a demo behind.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var seed = new Seeder(db, ct);
        await AddOrganisationsAsync(db, ct);
        await DenmarkClimateAsync(seed);
        await CarbonCaptureAsync(seed);
        await GreenFuelsAsync(seed);
        await GreenAgricultureAsync(seed);
        await CircularEconomyAsync(seed);
        await EuCancerAsync(seed);
        await EuSoilAsync(seed);
        await EuCitiesAsync(seed);
        await NetherlandsHealthAsync(seed);
        await CopenhagenTripsAsync(seed);
        await CanadaTobaccoAsync(seed);
        await DemoPortfolio.SeedAsync(db, ct);
        await DemoGovernance.SeedAsync(db, ct);
        await DemoCoalition.SeedAsync(db, ct);
        await DemoConsultations.SeedAsync(db, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    private static async Task AddOrganisationsAsync(MissionControlDb db, CancellationToken ct)
    {
        Organisation[] organisations =
        [
            new() { Slug = "kefm", Name = "Danish Ministry of Climate, Energy and Utilities", Sector = Sector.Ministry, Country = "DK", Website = "https://www.kefm.dk/" },
            new() { Slug = "danish-energy-agency", Name = "Danish Energy Agency", Sector = Sector.Agency, Country = "DK", Website = "https://ens.dk/" },
            new() { Slug = "innovation-fund-denmark", Name = "Innovation Fund Denmark", Sector = Sector.Agency, Country = "DK", Website = "https://innovationsfonden.dk/" },
            new() { Slug = "statistics-denmark", Name = "Statistics Denmark", Sector = Sector.Agency, Country = "DK", Website = "https://www.dst.dk/" },
            new() { Slug = "city-of-copenhagen", Name = "City of Copenhagen", Sector = Sector.Municipality, Country = "DK", Website = "https://www.kk.dk/" },
            new() { Slug = "novo-nordisk-foundation", Name = "Novo Nordisk Foundation", Sector = Sector.Foundation, Country = "DK", Website = "https://novonordiskfonden.dk/" },
            new() { Slug = "3f", Name = "United Federation of Danish Workers (3F)", Sector = Sector.LabourUnion, Country = "DK", Website = "https://www.3f.dk/" },
            new() { Slug = "danish-agriculture-and-food-council", Name = "Danish Agriculture & Food Council", Sector = Sector.EmployerOrganisation, Country = "DK", Website = "https://lf.dk/" },
            new() { Slug = "orsted", Name = "Ørsted", Sector = Sector.Business, Country = "DK", Website = "https://orsted.com/" },
            new() { Slug = "european-commission", Name = "European Commission", Sector = Sector.InternationalBody, Country = "EU", Website = "https://commission.europa.eu/" },
            new() { Slug = "eurostat", Name = "Eurostat", Sector = Sector.InternationalBody, Country = "EU", Website = "https://ec.europa.eu/eurostat" },
            new() { Slug = "european-environment-agency", Name = "European Environment Agency", Sector = Sector.InternationalBody, Country = "EU", Website = "https://www.eea.europa.eu/" },
            new() { Slug = "nl-ministry-of-health", Name = "Ministry of Health, Welfare and Sport (Netherlands)", Sector = Sector.Ministry, Country = "NL", Website = "https://www.government.nl/ministries/ministry-of-health-welfare-and-sport" },
            new() { Slug = "statistics-netherlands", Name = "Statistics Netherlands (CBS)", Sector = Sector.Agency, Country = "NL", Website = "https://www.cbs.nl/" },
            new() { Slug = "health-canada", Name = "Health Canada", Sector = Sector.Ministry, Country = "CA", Website = "https://www.canada.ca/en/health-canada.html" },
            new() { Slug = "statistics-canada", Name = "Statistics Canada", Sector = Sector.Agency, Country = "CA", Website = "https://www.statcan.gc.ca/" },
        ];

        // An administrator may have registered some of these before any mission existed.
        var existing = (await db.Organisations.Select(o => o.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.Organisations.AddRange(organisations.Where(o => !existing.Contains(o.Slug)));
        await db.SaveChangesAsync(ct);
    }

    // Expected key-figure status: moderate. Observed 1990–2023 growth −2.14%/yr against −2.97%/yr
    // required for 1990–2030, ratio 0.72 — from published values alone (1990 and 2023).
    private static async Task DenmarkClimateAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "dk-climate-2030",
            Title = "Denmark: 70% lower greenhouse-gas emissions by 2030",
            Landmark = "By 2030 Denmark emits 70% less greenhouse gas than it did in 1990.",
            ProblemStatement = "Denmark's Climate Act commits the country to cut greenhouse-gas emissions 70% below 1990 by 2030 "
                + "and to be climate-neutral by 2050 at the latest. The cheaper cuts in power and heating are largely made; "
                + "what remains sits in agriculture, transport, industry and land use, where no single ministry holds the levers.",
            Level = "national",
            PolicyAreas = ["Climate", "Energy", "Agriculture", "Transport", "Industry"],
            Deadline = "2030-12-31",
            Status = "active",
            OwnerTitle = "Minister for Climate, Energy and Utilities",
            LeadOrganisationSlug = "kefm",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-net-ghg-emissions",
            MissionSlug = "dk-climate-2030",
            Role = "key",
            Name = "Net greenhouse-gas emissions incl. land use",
            Description = "Denmark's total greenhouse-gas emissions including land use, land-use change and forestry (LULUCF). "
                + "Target: 70% below 1990 in 2030 (Climate Act). Milestone: 50% below 1990 in 2025, the lower end of the "
                + "Climate Act's indicative 50–54% target for 2025. The government's 2025 projection for 2030 is 22.2 Mt, about 72% below 1990.",
            Unit = "Mt CO2e",
            Direction = "decrease",
            Baseline = new PointInput("1990", 79.2),
            Target = new PointInput("2030", 23.76),
            Milestones = [new PointInput("2025", 39.6)],
            Source = "European Environment Agency, country profile Denmark, citing the Danish Ministry of Climate, Energy and Utilities, Klimastatus og -fremskrivning 2025",
            SourceUrl = "https://www.eea.europa.eu/",
            SourceOrganisationSlug = "european-environment-agency",
            Provenance = "Published: 2023 = 38.8 Mt (EEA country profile citing Klimastatus og -fremskrivning 2025, a 51.0% "
                + "reduction against 1990); 1990 = 79.2 Mt, derived from that value and that reduction; 2018 = 56.2 Mt, derived "
                + "from the Danish Energy Agency's report (June 2020) that 2018 was about 29% below 1990. Illustrative: 2000, "
                + "2005, 2010, 2015 and 2019–2022, interpolated with noise for the demo; they are not official statistics.",
            Frequency = "annual",
            Illustrative = true,
        });
        const string published = "Published: EEA country profile citing KEFM, Klimastatus og -fremskrivning 2025.";
        await seed.ObservationsAsync("dk-net-ghg-emissions",
        [
            Row(1990, 79.2, published + " Derived from 2023 and its 51.0% reduction."),
            .. Illustrative((2000, 73.4), (2005, 69.1), (2010, 63.8), (2015, 57.9)),
            Row(2018, 56.2, "Published: Danish Energy Agency (June 2020), about 29% below 1990."),
            .. Illustrative((2019, 52.6), (2020, 47.9), (2021, 46.3), (2022, 42.1)),
            Row(2023, 38.8, published),
        ]);

        // Supporting, direction only. Expected: on-track (1.84%/yr fall 1990–2023, above the 1.5% threshold).
        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-ghg-emissions-excl-land-use",
            MissionSlug = "dk-climate-2030",
            Role = "supporting",
            Name = "Greenhouse-gas emissions excl. land use",
            Description = "Emissions without land use, land-use change and forestry: the part most directly driven by energy, transport, industry and farming.",
            Unit = "Mt CO2e",
            Direction = "decrease",
            Baseline = new PointInput("1990", 72.5),
            Source = "European Environment Agency, country profile Denmark, citing the Danish Ministry of Climate, Energy and Utilities, Klimastatus og -fremskrivning 2025",
            SourceUrl = "https://www.eea.europa.eu/",
            SourceOrganisationSlug = "european-environment-agency",
            Provenance = "Published: 2023 = 39.3 Mt, a 45.8% reduction against 1990. The 1990 value (72.5 Mt) is derived from those "
                + "two published figures. No other values are shown.",
            Frequency = "annual",
            Illustrative = false,
        });
        await seed.ObservationsAsync("dk-ghg-emissions-excl-land-use",
        [
            Row(1990, 72.5, "Derived from the published 2023 value and its 45.8% reduction."),
            Row(2023, 39.3, published),
        ]);
    }

    // Expected key-figure status: not-assessable. Only the baseline exists: no CO2 is stored yet.
    private static async Task CarbonCaptureAsync(Seeder seed)
    {
        await seed.ChildMissionAsync("dk-ccs-2030", "Green research mission: CO2 capture and storage or use",
            "By 2030 Denmark captures millions of tonnes of CO2 a year and stores it safely underground or turns it into products.",
            "Some emissions, from cement, waste incineration and biogas, cannot be avoided with today's technology. "
                + "Capturing that CO2 and storing it under the North Sea or using it in fuels and materials is needed to reach the 70% target, "
                + "but the technology is costly and not yet proven at Danish scale.",
            ["Climate", "Energy", "Research and innovation", "Industry"],
            "Director-General, Danish Energy Agency", "danish-energy-agency");

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-co2-captured-stored",
            MissionSlug = "dk-ccs-2030",
            Role = "key",
            Name = "CO2 captured and stored",
            Description = "CO2 captured at Danish sources and stored permanently or bound in products. The first full-scale capture "
                + "is expected from 2026; until then there is nothing to measure. A zero baseline is assessed as 0.001, as Open SDG does.",
            Unit = "Mt CO2 per year",
            Direction = "increase",
            Baseline = new PointInput("2020", 0),
            Target = new PointInput("2030", 3.2),
            Milestones = [new PointInput("2026", 0.4)],
            Source = "Danish Energy Agency",
            SourceUrl = "https://ens.dk/",
            SourceOrganisationSlug = "danish-energy-agency",
            Provenance = "Illustrative: the zero baseline for 2020 and the 2026 milestone are demo values, not official statistics; "
                + "the 3.2 Mt target is a demo value of the size of Denmark's ambition for CO2 capture by 2030.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("dk-co2-captured-stored", Illustrative((2020, 0)));
    }

    // Expected key-figure status: on-track. From a zero baseline (0.001), 0.15 GW after four years
    // is +250%/yr against +129%/yr required to reach 4 GW by 2030: ratio 1.93.
    private static async Task GreenFuelsAsync(Seeder seed)
    {
        await seed.ChildMissionAsync("dk-power-to-x-2030", "Green research mission: green fuels for transport and industry (Power-to-X)",
            "By 2030 green hydrogen and fuels made from wind power replace fossil fuel in ships, planes, trucks and factories.",
            "Heavy transport and parts of industry cannot run on electricity directly. Turning wind power into hydrogen and "
                + "green fuels (Power-to-X) could serve them, but electrolysis is still expensive, small-scale and short of infrastructure.",
            ["Energy", "Transport", "Industry", "Research and innovation"],
            "Chief Executive Officer, Innovation Fund Denmark", "innovation-fund-denmark");

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-electrolysis-capacity",
            MissionSlug = "dk-power-to-x-2030",
            Role = "key",
            Name = "Electrolysis capacity in operation",
            Description = "Installed electrolysis capacity for Power-to-X in Denmark. The target is the lower end of the "
                + "government's ambition of 4–6 GW by 2030. A zero baseline is assessed as 0.001, as Open SDG does.",
            Unit = "GW",
            Direction = "increase",
            Baseline = new PointInput("2020", 0),
            Target = new PointInput("2030", 4.0),
            Milestones = [new PointInput("2027", 1.5)],
            Source = "Danish Energy Agency",
            SourceUrl = "https://ens.dk/",
            SourceOrganisationSlug = "danish-energy-agency",
            Provenance = "Illustrative: every value (2020–2024) and the 2027 milestone are demo values, not official statistics.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("dk-electrolysis-capacity",
            Illustrative((2020, 0), (2021, 0.002), (2022, 0.01), (2023, 0.05), (2024, 0.15)));
    }

    // Expected key-figure status: insufficient. −0.85%/yr observed against −2.75%/yr required: ratio 0.31.
    private static async Task GreenAgricultureAsync(Seeder seed)
    {
        await seed.ChildMissionAsync("dk-green-agriculture-2030", "Green research mission: climate- and environment-friendly agriculture and food production",
            "By 2030 Danish farms and food companies produce as much food with far less greenhouse gas and nitrogen.",
            "Agriculture is now one of the largest sources of Danish emissions, from livestock, fertiliser and drained "
                + "organic soils. Cutting them without moving production abroad needs new feed, new crops, new land use and farmers' trust.",
            ["Agriculture", "Food", "Climate", "Environment", "Research and innovation"],
            "Chief Executive Officer, Innovation Fund Denmark", "innovation-fund-denmark");

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-agriculture-emissions",
            MissionSlug = "dk-green-agriculture-2030",
            Role = "key",
            Name = "Greenhouse-gas emissions from agriculture",
            Description = "Emissions from livestock digestion, manure and fertilised soils, excluding land use.",
            Unit = "Mt CO2e",
            Direction = "decrease",
            Baseline = new PointInput("2020", 11.9),
            Target = new PointInput("2030", 9.0),
            Milestones = [new PointInput("2025", 10.6)],
            Source = "Statistics Denmark",
            SourceUrl = "https://www.dst.dk/",
            SourceOrganisationSlug = "statistics-denmark",
            Provenance = "Illustrative: baseline, target, milestone and every value (2020–2024) are demo values of a plausible size, not official statistics.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("dk-agriculture-emissions",
            Illustrative((2020, 11.9), (2021, 11.8), (2022, 11.6), (2023, 11.6), (2024, 11.5)));
    }

    // Expected key-figure status: achieved. 61% in 2024 meets the 60% target for 2030.
    private static async Task CircularEconomyAsync(Seeder seed)
    {
        await seed.ChildMissionAsync("dk-circular-plastics-textiles-2030", "Green research mission: circular economy with focus on plastics and textiles",
            "By 2030 plastics and textiles in Denmark are reused and recycled instead of burned.",
            "Most plastic and textile waste is still incinerated, which emits CO2 and wastes materials. Recycling needs "
                + "products designed for it, sorting that households use, and buyers for recycled material.",
            ["Environment", "Climate", "Industry", "Research and innovation"],
            "Chief Executive Officer, Innovation Fund Denmark", "innovation-fund-denmark");

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "dk-household-plastic-recycling",
            MissionSlug = "dk-circular-plastics-textiles-2030",
            Role = "key",
            Name = "Household plastic waste collected for recycling",
            Description = "Share of plastic waste from households that is sorted and collected for recycling rather than incinerated.",
            Unit = "%",
            Direction = "increase",
            Baseline = new PointInput("2020", 30),
            Target = new PointInput("2030", 60),
            Milestones = [new PointInput("2025", 45)],
            Source = "Statistics Denmark",
            SourceUrl = "https://www.dst.dk/",
            SourceOrganisationSlug = "statistics-denmark",
            Provenance = "Illustrative: baseline, target, milestone and every value (2020–2024) are demo values, not official statistics.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("dk-household-plastic-recycling",
            Illustrative((2020, 30), (2021, 36), (2022, 47), (2023, 55), (2024, 61)));
    }

    // Direction only (the mission has no numeric mortality target). Expected: moderate, a fall of
    // 1.04%/yr 2016–2021, between the 0.5% and 1.5% thresholds.
    private static async Task EuCancerAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "eu-cancer-2030",
            Title = "EU Mission on Cancer",
            Landmark = "By 2030, improve the lives of more than 3 million people through prevention, cure and, for those affected by cancer, a longer and better life.",
            ProblemStatement = "Cancer is the second leading cause of death in the EU and its burden grows as the population ages. "
                + "Knowledge about prevention, screening and treatment exists but reaches people unevenly across and within member states.",
            Level = "supranational",
            PolicyAreas = ["Health", "Research and innovation"],
            Deadline = "2030-12-31",
            Status = "active",
            OwnerTitle = "Director-General for Research and Innovation, European Commission",
            LeadOrganisationSlug = "european-commission",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "eu-cancer-death-rate",
            MissionSlug = "eu-cancer-2030",
            Role = "key",
            Name = "Cancer deaths per 100,000 people, EU (age-standardised)",
            Description = "Age-standardised death rate from malignant neoplasms in the EU. Assessed by direction only: the mission sets no numeric target for it.",
            Unit = "deaths per 100,000",
            Direction = "decrease",
            Baseline = new PointInput("2016", 258),
            Source = "Eurostat, causes of death",
            SourceUrl = "https://ec.europa.eu/eurostat",
            SourceOrganisationSlug = "eurostat",
            Provenance = "Illustrative: every value (2016–2021) is a demo value of a plausible size, not Eurostat's published series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("eu-cancer-death-rate",
            Illustrative((2016, 258), (2017, 255.1), (2018, 252.0), (2019, 249.2), (2020, 246.8), (2021, 244.9)));
    }

    // Expected key-figure status: moving-away. The healthy share falls (−0.66%/yr) while +7.0%/yr is required.
    private static async Task EuSoilAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "eu-soil-deal-2030",
            Title = "EU Mission: A Soil Deal for Europe",
            Landmark = "By 2030, at least three in four soils in the EU are healthy enough to give us safe food, clean water and a home for nature.",
            ProblemStatement = "An estimated 60–70% of EU soils are unhealthy, degraded by erosion, sealing, pollution and loss of organic carbon. "
                + "Soil forms over centuries but can be lost in years, and no one measures or manages it consistently across the EU.",
            Level = "supranational",
            PolicyAreas = ["Agriculture", "Environment", "Climate", "Research and innovation"],
            Deadline = "2030-12-31",
            Status = "active",
            OwnerTitle = "Director-General for Research and Innovation, European Commission",
            LeadOrganisationSlug = "european-commission",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "eu-healthy-soils-share",
            MissionSlug = "eu-soil-deal-2030",
            Role = "key",
            Name = "Share of EU soils in healthy condition",
            Description = "Share of the EU's soils that meet the mission's soil-health criteria. Target: at least 75% by 2030.",
            Unit = "%",
            Direction = "increase",
            Baseline = new PointInput("2020", 38),
            Target = new PointInput("2030", 75),
            Source = "EU Soil Observatory, European Commission Joint Research Centre",
            SourceUrl = "https://research-and-innovation.ec.europa.eu/",
            SourceOrganisationSlug = "european-commission",
            Provenance = "Illustrative: every value (2020–2024) is a demo value, consistent with the mission's estimate that "
                + "60–70% of EU soils are unhealthy; there is no official annual series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("eu-healthy-soils-share",
            Illustrative((2020, 38.0), (2021, 37.8), (2022, 37.5), (2023, 37.3), (2024, 37.0)));

        // Supporting. Expected: moderate (+7.4%/yr against +10.6%/yr required: ratio 0.70).
        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "eu-organic-farming-share",
            MissionSlug = "eu-soil-deal-2030",
            Role = "supporting",
            Name = "Farmland under organic farming, EU",
            Description = "Share of utilised agricultural area farmed organically. Target: the Farm to Fork strategy's 25% by 2030.",
            Unit = "% of agricultural area",
            Direction = "increase",
            Baseline = new PointInput("2020", 9.1),
            Target = new PointInput("2030", 25),
            Source = "Eurostat, organic farming statistics",
            SourceUrl = "https://ec.europa.eu/eurostat",
            SourceOrganisationSlug = "eurostat",
            Provenance = "Illustrative: the values (2020–2022) are demo values of a plausible size, not Eurostat's published series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("eu-organic-farming-share", Illustrative((2020, 9.1), (2021, 9.9), (2022, 10.5)));
    }

    // Expected key-figure status: on-track. From zero (0.001) to 33 in two years is far faster than
    // the +1,678%/yr needed to reach 100 by 2026; the ratio (10.8) shows how a zero base inflates growth.
    private static async Task EuCitiesAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "eu-climate-neutral-cities-2030",
            Title = "EU Mission: 100 climate-neutral and smart cities by 2030",
            Landmark = "By 2030, 100 European cities are climate-neutral and show every other city how to get there by 2050.",
            ProblemStatement = "Cities use most of Europe's energy and produce most of its greenhouse-gas emissions. "
                + "Reaching climate neutrality needs buildings, transport, energy and waste to change together, "
                + "with citizens, businesses and investors signed up to one plan in each city.",
            Level = "supranational",
            PolicyAreas = ["Climate", "Energy", "Transport", "Urban development"],
            Deadline = "2030-12-31",
            Status = "active",
            OwnerTitle = "Director-General for Research and Innovation, European Commission",
            LeadOrganisationSlug = "european-commission",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "eu-mission-label-cities",
            MissionSlug = "eu-climate-neutral-cities-2030",
            Role = "key",
            Name = "Mission cities awarded the EU Mission Label",
            Description = "Cities whose Climate City Contract, their plan to reach climate neutrality by 2030, has been assessed and "
                + "awarded the EU Mission Label. A zero baseline is assessed as 0.001, as Open SDG does.",
            Unit = "cities",
            Direction = "increase",
            Baseline = new PointInput("2022", 0),
            Target = new PointInput("2026", 100),
            Source = "European Commission, EU Missions",
            SourceUrl = "https://research-and-innovation.ec.europa.eu/",
            SourceOrganisationSlug = "european-commission",
            Provenance = "Illustrative: the values (2022–2024) and the 2026 target are demo values shaped after the Commission's "
                + "announcements; they are not an official series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("eu-mission-label-cities", Illustrative((2022, 0), (2023, 10), (2024, 33)));
    }

    // Expected key-figure status: moving-away. Healthy life expectancy fell (−0.39%/yr) while +0.36%/yr is required.
    private static async Task NetherlandsHealthAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "nl-healthy-years-2040",
            Title = "Netherlands: five more healthy years by 2040",
            Landmark = "By 2040 everyone in the Netherlands lives at least five more years in good health, and the health gap "
                + "between the poorest and the richest has shrunk by 30%.",
            ProblemStatement = "People in the Netherlands live longer, but not all of those extra years are healthy, and people with "
                + "little education or income spend many more years in poor health. Care alone cannot close the gap: housing, "
                + "work, food and neighbourhoods shape health as much as hospitals do.",
            Level = "national",
            PolicyAreas = ["Health", "Social affairs", "Research and innovation"],
            Deadline = "2040-12-31",
            Status = "active",
            OwnerTitle = "Minister of Health, Welfare and Sport",
            LeadOrganisationSlug = "nl-ministry-of-health",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "nl-healthy-life-expectancy",
            MissionSlug = "nl-healthy-years-2040",
            Role = "key",
            Name = "Healthy life expectancy at birth",
            Description = "Years a newborn can expect to live in self-perceived good health. Target: five years more than in 2019.",
            Unit = "years",
            Direction = "increase",
            Baseline = new PointInput("2019", 64.0),
            Target = new PointInput("2040", 69.0),
            Milestones = [new PointInput("2030", 66.4)],
            Source = "Statistics Netherlands (CBS), healthy life expectancy",
            SourceUrl = "https://www.cbs.nl/",
            SourceOrganisationSlug = "statistics-netherlands",
            Provenance = "Illustrative: every value (2019–2023) and the milestone are demo values of a plausible size, not CBS's published series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("nl-healthy-life-expectancy",
            Illustrative((2019, 64.0), (2020, 63.6), (2021, 63.1), (2022, 62.7), (2023, 63.0)));

        // Supporting. Expected: moving-away (the gap widens slightly while it should shrink 1.7%/yr).
        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "nl-healthy-life-expectancy-gap",
            MissionSlug = "nl-healthy-years-2040",
            Role = "supporting",
            Name = "Gap in healthy life expectancy between lowest and highest education groups",
            Description = "Difference in years of healthy life expectancy between people with the least and the most education. Target: 30% smaller than in 2019.",
            Unit = "years",
            Direction = "decrease",
            Baseline = new PointInput("2019", 15.0),
            Target = new PointInput("2040", 10.5),
            Source = "Statistics Netherlands (CBS), healthy life expectancy by education",
            SourceUrl = "https://www.cbs.nl/",
            SourceOrganisationSlug = "statistics-netherlands",
            Provenance = "Illustrative: the values (2019, 2021, 2023) are demo values, not CBS's published series.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("nl-healthy-life-expectancy-gap", Illustrative((2019, 15.0), (2021, 15.3), (2023, 15.1)));
    }

    // Expected key-figure status: insufficient. +0.47%/yr observed against +1.65%/yr required: ratio 0.28.
    private static async Task CopenhagenTripsAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "cph-green-trips-2025",
            Title = "Copenhagen: three in four trips on foot, by bike or by public transport",
            Landmark = "By 2025, three out of four trips in Copenhagen are made on foot, by bike or by public transport.",
            ProblemStatement = "Car traffic is the largest source of Copenhagen's remaining transport emissions and takes space "
                + "that could be used for people. Cycling is already common, but trips to and from the suburbs are still mostly by car.",
            Level = "municipal",
            PolicyAreas = ["Transport", "Climate", "Urban development"],
            Deadline = "2025-12-31",
            Status = "active",
            OwnerTitle = "Mayor for Technical and Environmental Affairs, City of Copenhagen",
            LeadOrganisationSlug = "city-of-copenhagen",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "cph-green-trip-share",
            MissionSlug = "cph-green-trips-2025",
            Role = "key",
            Name = "Share of trips on foot, by bike or by public transport",
            Description = "Share of all trips in Copenhagen made on foot, by bicycle or by public transport.",
            Unit = "%",
            Direction = "increase",
            Baseline = new PointInput("2019", 68),
            Target = new PointInput("2025", 75),
            Source = "City of Copenhagen",
            SourceUrl = "https://www.kk.dk/",
            SourceOrganisationSlug = "city-of-copenhagen",
            Provenance = "Illustrative: the baseline and every value (2019–2024) are demo values, not the City of Copenhagen's statistics.",
            Frequency = "annual",
            Illustrative = true,
        });
        await seed.ObservationsAsync("cph-green-trip-share",
            Illustrative((2019, 68), (2020, 70.5), (2021, 69.1), (2022, 68.8), (2023, 69.4), (2024, 69.6)));
    }

    // Canada's Tobacco Strategy aims for less than 5% tobacco use by 2035. Its key figure is a real
    // Canadian SDG series (indicator 3.a.1): the headline series of the Open SDG test data (sdg-build, Canada), copied here.
    // Expected: insufficient. −2.51%/yr observed 2015–2019 against −5.50%/yr required: ratio 0.46.
    private static async Task CanadaTobaccoAsync(Seeder seed)
    {
        await seed.MissionAsync(new MissionInput
        {
            Slug = "ca-tobacco-2035",
            Title = "Canada: less than 5% tobacco use by 2035",
            Landmark = "By 2035, fewer than one in twenty Canadians use tobacco.",
            ProblemStatement = "Tobacco is the leading preventable cause of disease and early death in Canada. Smoking has fallen for decades, "
                + "but the decline has slowed and use remains far higher in some groups and regions than in others.",
            Level = "national",
            PolicyAreas = ["Health"],
            Deadline = "2035-12-31",
            Status = "active",
            OwnerTitle = "Minister of Health (Canada)",
            LeadOrganisationSlug = "health-canada",
        });

        await seed.IndicatorAsync(new IndicatorInput
        {
            Slug = "ca-tobacco-use",
            MissionSlug = "ca-tobacco-2035",
            Role = "key",
            Name = "Current tobacco use, people aged 15 and over (age-standardised)",
            Description = "SDG indicator 3.a.1 for Canada: age-standardised prevalence of current tobacco use among people aged 15 and over.",
            Unit = "%",
            Direction = "decrease",
            Baseline = new PointInput("2015", 15.5),
            Target = new PointInput("2035", 5),
            Source = "Statistics Canada via Open SDG test data",
            SourceUrl = "https://github.com/open-sdg/sdg-build",
            SourceOrganisationSlug = "statistics-canada",
            Provenance = "Real values: the headline series of Canadian SDG indicator 3.a.1 as held in the test assets of the "
                + "open-sdg/sdg-build repository (commit 44027ae), copied unchanged. The target is Canada's Tobacco Strategy goal.",
            Frequency = "annual",
            Illustrative = false,
        });
        const string sdg = "Statistics Canada via Open SDG test data (SDG 3.a.1).";
        await seed.ObservationsAsync("ca-tobacco-use", [Row(2015, 15.5, sdg), Row(2017, 17.8, sdg), Row(2019, 14.0, sdg)]);
    }

    private static ObservationInput Row(int year, double value, string note) =>
        new() { Period = year.ToString(CultureInfo.InvariantCulture), Value = value, SourceNote = note };

    private static ObservationInput[] Illustrative(params (int Year, double Value)[] values) =>
        [.. values.Select(v => Row(v.Year, v.Value, IllustrativeNote))];

    /// <summary>Runs the use cases and turns any refusal into an exception that names every error.</summary>
    private sealed class Seeder(MissionControlDb db, CancellationToken ct)
    {
        public async Task MissionAsync(MissionInput input) =>
            Check(await new SaveMission(db).CreateAsync(input, ct), $"mission '{input.Slug}'");

        /// <summary>One of Denmark's four green research missions, which contribute to the national climate mission.</summary>
        public Task ChildMissionAsync(string slug, string title, string landmark, string problem, string[] policyAreas,
            string ownerTitle, string leadOrganisationSlug) =>
            MissionAsync(new MissionInput
            {
                Slug = slug,
                Title = title,
                Landmark = landmark,
                ProblemStatement = problem,
                Level = "national",
                ParentSlug = "dk-climate-2030",
                PolicyAreas = policyAreas,
                Deadline = "2030-12-31",
                Status = "active",
                OwnerTitle = ownerTitle,
                LeadOrganisationSlug = leadOrganisationSlug,
            });

        public async Task IndicatorAsync(IndicatorInput input) =>
            Check(await new SaveIndicator(db).CreateAsync(input, ct), $"indicator '{input.Slug}'");

        public async Task ObservationsAsync(string indicatorSlug, IReadOnlyList<ObservationInput> rows) =>
            Check(await new RecordObservations(db).RecordAsync(indicatorSlug, rows, ct), $"observations of '{indicatorSlug}'");

        private static void Check<T>(Outcome<T> outcome, string what)
        {
            if (outcome.Succeeded)
            {
                return;
            }

            var errors = outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
            var detail = string.Join("; ", outcome.Message is null ? errors : errors.Prepend(outcome.Message));
            throw new InvalidOperationException($"Demo data: could not create {what} ({outcome.Kind}): {detail}");
        }
    }
}
