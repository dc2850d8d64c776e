using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Accounts;
using MissionControl.Core.Consultations;

namespace MissionControl.Core.Data;

/// <summary>
/// Demo consultations on Denmark's climate mission: an online call that is open, and a citizens' climate assembly
/// that has closed, with a workshop, a published synthesis and a proposal adopted into green district heating.
/// The demo citizens have no password, so nobody can sign in as them.
/// </summary>
public static class DemoConsultations
{
    private const string Mission = "dk-climate-2030";
    private const string Note = "\n\n*Illustrative content for the demo.*";

    public static async Task SeedAsync(MissionControlDb db, CancellationToken ct)
    {
        if (!await db.Missions.AnyAsync(m => m.Slug == Mission, ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(db.Now.UtcDateTime);
        var citizens = await AddCitizensAsync(db, ct);
        var save = new SaveConsultation(db);
        var missionId = await db.Missions.Where(m => m.Slug == Mission).Select(m => m.Id).FirstAsync(ct);
        // The assembly on home heating heard the households who must switch, the youth council and a municipality; the
        // livestock farmers were not part of it, so the stakeholder map keeps warning that they have not been engaged.
        string[] engaged = ["Households heating with oil or gas", "Youth climate council", "Aarhus Municipality"];
        var stakeholders = await db.Stakeholders.Where(s => s.MissionId == missionId && engaged.Contains(s.Name)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

        Check(await save.CreateAsync(Mission, new ConsultationInput
        {
            Slug = "dk-citizens-climate-assembly",
            Channel = "citizen-panel",
            Title = "Citizens' climate assembly: heating our homes",
            Prompt = "Ninety-nine randomly selected residents met over three weekends to answer one question:\n\n" +
                "**How can Danish homes stop using oil and gas for heating by 2030, fairly for people on low incomes and in the countryside?**\n\n" +
                "The assembly heard experts, utilities and people who already switched, then wrote its recommendations." + Note,
            Opens = Dates.Format(today.AddDays(-200)),
            Closes = Dates.Format(today.AddDays(-140)),
            InitiativeSlug = "green-district-heating",
            EngagedStakeholderIds = stakeholders,
        }, ct), "the climate assembly");
        Check(await save.RecordWorkshopAsync("dk-citizens-climate-assembly", new WorkshopInput(Dates.Format(today.AddDays(-185)), 99,
            "Three priorities: **help with the upfront cost** of heat pumps, **district heating first** where a network is near, " +
            "and **plain advice** from someone local. Disagreement on banning new gas boilers before 2027."), ct), "the assembly's workshop");
        Check(await save.RecordWorkshopAsync("dk-citizens-climate-assembly", new WorkshopInput(Dates.Format(today.AddDays(-160)), 87,
            "Recommendations drafted and voted: 11 of 14 passed with more than two thirds."), ct), "the assembly's second workshop");

        var assembly = await db.Consultations.Where(c => c.Slug == "dk-citizens-climate-assembly").Select(c => c.Id).FirstAsync(ct);
        var lending = AddProposal(db, assembly, citizens[0], today.AddDays(-180), 41,
            "A heat-pump lending scheme for rural homes",
            "Many rural households cannot pay 100,000 DKK up front. Let the municipality **install a heat pump and lease it** for what the household paid for oil, " +
            "and hand it over after ten years.\n\n- no upfront cost\n- the same monthly bill\n- advice from the municipality's energy adviser");
        AddProposal(db, assembly, citizens[1], today.AddDays(-178), 23,
            "Connect villages near a network to district heating first",
            "Where a district heating pipe is within two kilometres, extend it before subsidising individual heat pumps: it is cheaper per home and quieter.");
        AddProposal(db, assembly, citizens[2], today.AddDays(-175), 9,
            "A local energy adviser in every municipality",
            "People trust a neighbour more than a website. Fund one adviser per municipality who visits homes and explains the options.");
        await db.SaveChangesAsync(ct);

        Check(await save.PublishSynthesisAsync("dk-citizens-climate-assembly", new SynthesisInput(
            "## What we heard\n\nThe assembly's strongest message was that **cost up front**, not willingness, keeps oil and gas boilers in rural homes. " +
            "Supported by 41 people, the lending scheme was its most popular proposal.\n\n" +
            "## What we will do\n\n- The lending scheme is **adopted into the initiative [Green district heating](/initiatives/green-district-heating)**, " +
            "whose pilots now include leased heat pumps in three rural municipalities.\n" +
            "- Connecting villages near a network first becomes a rule in the heat planning guidance.\n\n" +
            "## What we will not do, and why\n\nA national network of advisers is left to the municipalities, which already fund energy advice." + Note), ct), "the synthesis");

        var moderate = new Moderate(db);
        Check(await moderate.AdoptAsync(lending.Id, new AdoptInput("green-district-heating"), ct), "the adoption");
        lending.AdoptedAt = new DateTimeOffset(today.AddDays(-130).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        await db.SaveChangesAsync(ct);

        Check(await save.CreateAsync(Mission, new ConsultationInput
        {
            Slug = "dk-climate-ideas",
            Channel = "online",
            Title = "Your ideas for a climate-neutral Denmark",
            Prompt = "Denmark has promised to cut greenhouse-gas emissions by **70% by 2030** against 1990. " +
                "What should the government, municipalities and businesses do next to get there?\n\n" +
                "Submit a proposal, comment on others' and support the ones you agree with. The mission team reads every proposal; " +
                "when one is taken on, its page shows which initiative carries it and how that initiative moves on." + Note,
            Opens = Dates.Format(today.AddDays(-20)),
            Closes = Dates.Format(today.AddDays(40)),
        }, ct), "the online call");
        var ideas = await db.Consultations.Where(c => c.Slug == "dk-climate-ideas").Select(c => c.Id).FirstAsync(ct);
        var transport = AddProposal(db, ideas, citizens[3], today.AddDays(-15), 3,
            "Free regional buses for under-25s",
            "Young people who get used to the bus keep taking it. Make regional buses free for everyone under 25 for three years, and measure the change in car trips.");
        var roofs = AddProposal(db, ideas, citizens[1], today.AddDays(-12), 2,
            "Solar panels on every public roof",
            "Schools, sports halls and town halls have large flat roofs. Put solar panels on all of them by 2027 and publish what each produces.");
        var lessons = AddProposal(db, ideas, citizens[2], today.AddDays(-4), 1,
            "Climate lessons with real data",
            "Let schools use the figures on this site in maths and science lessons: pupils could check whether the mission is on track themselves.");
        await db.SaveChangesAsync(ct);

        db.Comments.AddRange(
            new Comment { ProposalId = transport.Id, AuthorId = citizens[0], Body = "Yes, and include night buses on Fridays and Saturdays.", CreatedAt = db.Now.AddDays(-10) },
            new Comment { ProposalId = transport.Id, AuthorId = citizens[2], Body = "How would this be paid for? A **congestion charge** in the big cities could fund it.", CreatedAt = db.Now.AddDays(-9) },
            new Comment { ProposalId = roofs.Id, AuthorId = citizens[3], Body = "Our school did this in 2022 and covers a third of its electricity.", CreatedAt = db.Now.AddDays(-8) },
            new Comment { ProposalId = lending.Id, AuthorId = citizens[1], Body = "This is what convinced my parents' village.", CreatedAt = db.Now.AddDays(-170) });
        foreach (var (proposal, supporters) in new[] { (transport, citizens[..3]), (roofs, citizens[2..4]), (lessons, citizens[..1]) })
        {
            db.Supports.AddRange(supporters.Select(u => new Support { ProposalId = proposal.Id, UserId = u, At = db.Now.AddDays(-5) }));
        }

        await db.SaveChangesAsync(ct);
    }

    private static Proposal AddProposal(MissionControlDb db, int consultationId, string authorId, DateOnly on, int supports, string title, string body)
    {
        var proposal = new Proposal
        {
            ConsultationId = consultationId,
            AuthorId = authorId,
            Title = title,
            Body = body,
            CreatedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
            Supports = supports,
        };
        db.Proposals.Add(proposal);
        return proposal;
    }

    private static async Task<string[]> AddCitizensAsync(MissionControlDb db, CancellationToken ct)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.Citizen, ct);
        if (role is null)
        {
            role = new IdentityRole(Roles.Citizen) { NormalizedName = Roles.Citizen.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        string[] names = ["Mette Sørensen", "Jonas Nielsen", "Freja Andersen", "Ali Hassan"];
        var ids = new List<string>();
        foreach (var name in names)
        {
            var email = $"{name.Split(' ')[0].ToLowerInvariant().Replace("ø", "o", StringComparison.Ordinal)}.demo@citizens.missioncontrol.local";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync(ct);
        return [.. ids];
    }

    private static void Check<T>(ConsultationOutcome<T> outcome, string what)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo consultations: could not create {what}: " +
                string.Join("; ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).Prepend(outcome.Message ?? "")));
        }
    }
}
