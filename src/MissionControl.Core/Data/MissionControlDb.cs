using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MissionControl.Core.Accounts;
using MissionControl.Core.Auditing;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Consultations;
using MissionControl.Core.Governance;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;
using MissionControl.Core.Organisations;
using MissionControl.Core.Portfolio;

namespace MissionControl.Core.Data;

/// <summary>
/// The system of record. Every SaveChanges writes its audit entries in the same transaction and bumps
/// the version of edited <see cref="IVersioned"/> entities.
/// </summary>
public class MissionControlDb(DbContextOptions<MissionControlDb> options, IActor? actor = null, TimeProvider? clock = null)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    private readonly IActor _actor = actor ?? SystemActor.Instance;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<GateDecision> GateDecisions => Set<GateDecision>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Experiment> Experiments => Set<Experiment>();

    public DbSet<MissionLetter> MissionLetters => Set<MissionLetter>();

    public DbSet<GovernanceBody> GovernanceBodies => Set<GovernanceBody>();

    public DbSet<Stocktake> Stocktakes => Set<Stocktake>();

    public DbSet<StocktakeDecision> StocktakeDecisions => Set<StocktakeDecision>();

    public DbSet<Deprioritisation> Deprioritisations => Set<Deprioritisation>();

    public DbSet<Capability> Capabilities => Set<Capability>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Support> Supports => Set<Support>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<MissionOwnership> MissionOwnerships => Set<MissionOwnership>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Keys that protect cookies and antiforgery tokens, shared so any web node can read another's.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DateTimeOffset Now => _clock.GetUtcNow();

    public IActor Actor => _actor;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }

        var captured = AuditRecorder.Capture(this, _actor, Now);
        if (captured.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Generated keys are only known after the first save; the audit rows then follow in the same transaction.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditRecorder.CompleteKeys(captured);
            AuditEntries.AddRange(captured.Select(c => c.Audit));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names so the data reads well and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        // SQLite cannot order or compare DateTimeOffset; store UTC ticks there and a timestamptz on PostgreSQL.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Slug).IsUnique();
            e.Property(o => o.Slug).HasMaxLength(80);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.Country).HasMaxLength(80);
            e.Property(o => o.Website).HasMaxLength(400);
            e.Property(o => o.Version).IsConcurrencyToken();
            e.Property(o => o.Region).HasMaxLength(120);
            e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentOrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Mission>(e =>
        {
            e.HasIndex(m => m.Slug).IsUnique();
            e.Property(m => m.Slug).HasMaxLength(80);
            e.Property(m => m.Title).HasMaxLength(200);
            e.Property(m => m.Landmark).HasMaxLength(400);
            e.Property(m => m.ProblemStatement).HasMaxLength(4000);
            e.Property(m => m.OwnerName).HasMaxLength(200);
            e.Property(m => m.OwnerTitle).HasMaxLength(200);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasOne(m => m.ParentMission).WithMany(m => m.ChildMissions)
                .HasForeignKey(m => m.ParentMissionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.LeadOrganisation).WithMany()
                .HasForeignKey(m => m.LeadOrganisationId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Indicator>(e =>
        {
            e.HasIndex(i => i.Slug).IsUnique();
            // A mission has one key figure: the database refuses a second.
            e.HasIndex(i => i.MissionId).IsUnique().HasFilter("\"Role\" = 'Key'").HasDatabaseName("IX_Indicators_OneKeyFigure");
            e.HasIndex(i => new { i.MissionId, i.Role });
            e.Property(i => i.Slug).HasMaxLength(80);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Description).HasMaxLength(4000);
            e.Property(i => i.Unit).HasMaxLength(60);
            e.Property(i => i.BaselinePeriod).HasMaxLength(10);
            e.Property(i => i.TargetPeriod).HasMaxLength(10);
            e.Property(i => i.Source).HasMaxLength(400);
            e.Property(i => i.SourceUrl).HasMaxLength(400);
            e.Property(i => i.Provenance).HasMaxLength(4000);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasOne(i => i.Mission).WithMany(m => m.Indicators).HasForeignKey(i => i.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(i => i.SourceOrganisation).WithMany().HasForeignKey(i => i.SourceOrganisationId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Initiative>().WithMany(i => i.Kpis).HasForeignKey(i => i.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.OwnsMany(i => i.Milestones, m =>
            {
                m.ToTable("Milestones");
                m.WithOwner().HasForeignKey("IndicatorId");
                m.Property<int>("Id");
                m.HasKey("Id");
                m.Property(x => x.Period).HasMaxLength(10);
            });
            e.OwnsOne(i => i.Assessment, a =>
            {
                a.Property(x => x.BaselinePeriod).HasMaxLength(10);
                a.Property(x => x.LatestPeriod).HasMaxLength(10);
                a.Property(x => x.ForecastTargetReachedPeriod).HasMaxLength(10);
                a.Property(x => x.Reason).HasMaxLength(400);
                a.HasIndex(x => x.Status);
            });
            e.Navigation(i => i.Assessment).IsRequired();
        });

        builder.Entity<Observation>(e =>
        {
            e.HasIndex(o => new { o.IndicatorId, o.Period, o.Breakdown }).IsUnique();
            e.HasIndex(o => new { o.IndicatorId, o.Breakdown, o.PeriodStart });
            e.Property(o => o.Period).HasMaxLength(10);
            e.Property(o => o.Breakdown).HasMaxLength(120);
            e.Property(o => o.SourceNote).HasMaxLength(1000);
            e.Property(o => o.RecordedBy).HasMaxLength(256);
            e.HasOne<Indicator>().WithMany(i => i.Observations).HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });

        ConfigurePortfolio(builder);
        ConfigureGovernance(builder);
        ConfigureCoalitions(builder);
        ConfigureConsultations(builder);

        builder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
            e.Property(a => a.EntityType).HasMaxLength(80);
            e.Property(a => a.EntityId).HasMaxLength(120);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.UserName).HasMaxLength(256);
        });

        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.Name).HasMaxLength(120);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.Hint).HasMaxLength(20);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MissionOwnership>(e =>
        {
            e.HasKey(o => new { o.UserId, o.MissionId });
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Mission>().WithMany().HasForeignKey(o => o.MissionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ApplicationUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<IdempotencyRecord>(e =>
        {
            e.HasKey(r => new { r.UserId, r.Key });
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.RequestHash).HasMaxLength(64);
        });
    }

    private static void ConfigurePortfolio(ModelBuilder builder)
    {
        builder.Entity<Initiative>(e =>
        {
            e.HasIndex(i => i.Slug).IsUnique();
            e.HasIndex(i => new { i.MissionId, i.Stage });
            e.HasIndex(i => i.NextReviewDue);
            e.Property(i => i.Slug).HasMaxLength(80);
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Summary).HasMaxLength(4000);
            e.Property(i => i.Lead).HasMaxLength(200);
            e.Property(i => i.BudgetAmount).HasPrecision(18, 2);
            e.Property(i => i.BudgetCurrency).HasMaxLength(3);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasOne(i => i.Mission).WithMany().HasForeignKey(i => i.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(i => i.OwnerOrganisation).WithMany().HasForeignKey(i => i.OwnerOrganisationId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.LeadUserId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsMany(i => i.Targets, t =>
            {
                t.ToTable("InitiativeTargets");
                t.WithOwner().HasForeignKey(x => x.InitiativeId);
                t.HasKey(x => new { x.InitiativeId, x.IndicatorId });
                t.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
                t.Property(x => x.TheoryOfChange).HasMaxLength(400);
            });
        });

        builder.Entity<GateDecision>(e =>
        {
            e.HasIndex(g => new { g.InitiativeId, g.DecidedAt });
            e.Property(g => g.Rationale).HasMaxLength(4000);
            e.Property(g => g.SkipReason).HasMaxLength(2000);
            e.Property(g => g.ExitKept).HasMaxLength(2000);
            e.Property(g => g.ExitPeople).HasMaxLength(2000);
            e.Property(g => g.ExitAssets).HasMaxLength(2000);
            e.Property(g => g.ExitLearning).HasMaxLength(2000);
            e.Property(g => g.DecidedBy).HasMaxLength(256);
            e.HasOne<Initiative>().WithMany(i => i.GateDecisions).HasForeignKey(g => g.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Review>(e =>
        {
            e.HasIndex(r => new { r.InitiativeId, r.ReviewedOn });
            e.Property(r => r.KpiStatus).HasMaxLength(1000);
            e.Property(r => r.Viability).HasMaxLength(2000);
            e.Property(r => r.Narrative).HasMaxLength(4000);
            e.Property(r => r.Recommendation).HasMaxLength(2000);
            e.Property(r => r.ReviewedBy).HasMaxLength(256);
            e.HasOne<Initiative>().WithMany(i => i.Reviews).HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Experiment>(e =>
        {
            e.Property(x => x.Problem).HasMaxLength(2000);
            e.HasOne<Initiative>().WithMany(i => i.Experiments).HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.OwnsMany(x => x.Hypotheses, h =>
            {
                h.ToTable("Hypotheses");
                h.WithOwner().HasForeignKey("ExperimentId");
                h.Property<int>("Id");
                h.HasKey("Id");
                h.Property(x => x.Statement).HasMaxLength(1000);
            });
        });
    }

    private static void ConfigureGovernance(ModelBuilder builder)
    {
        builder.Entity<MissionLetter>(e =>
        {
            e.HasIndex(l => new { l.MissionId, l.Number }).IsUnique();
            e.Property(l => l.Landmark).HasMaxLength(400);
            e.Property(l => l.Scope).HasMaxLength(4000);
            e.Property(l => l.ReportingCadence).HasMaxLength(400);
            e.Property(l => l.CreatedBy).HasMaxLength(256);
            e.Property(l => l.IssuedBy).HasMaxLength(256);
            e.Property(l => l.AcknowledgedBy).HasMaxLength(256);
            e.HasOne<Mission>().WithMany().HasForeignKey(l => l.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.OwnsMany(l => l.Goals, g =>
            {
                g.ToTable("LetterGoals");
                g.WithOwner().HasForeignKey("LetterId");
                g.Property<int>("Id");
                g.HasKey("Id");
                g.Property(x => x.Text).HasMaxLength(400);
                g.Property(x => x.Due).HasMaxLength(10);
            });
        });

        builder.Entity<GovernanceBody>(e =>
        {
            e.HasIndex(b => b.MissionId);
            e.Property(b => b.Version).IsConcurrencyToken();
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.Mandate).HasMaxLength(4000);
            e.HasOne<Mission>().WithMany().HasForeignKey(b => b.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<GovernanceBody>().WithMany().HasForeignKey(b => b.ReportsToId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsMany(b => b.Members, m =>
            {
                m.ToTable("BodyMembers");
                m.WithOwner().HasForeignKey("BodyId");
                m.Property<int>("Id");
                m.HasKey("Id");
                m.Property(x => x.Name).HasMaxLength(200);
                m.Property(x => x.Organisation).HasMaxLength(200);
            });
        });

        builder.Entity<Stocktake>(e =>
        {
            e.HasIndex(s => new { s.MissionId, s.Date });
            e.Property(s => s.Minutes).HasMaxLength(20000);
            e.HasOne<Mission>().WithMany().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<GovernanceBody>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsMany(s => s.Agenda, a =>
            {
                a.ToTable("AgendaItems");
                a.WithOwner().HasForeignKey("StocktakeId");
                a.Property<int>("Id");
                a.HasKey("Id");
                a.Property(x => x.Subject).HasMaxLength(120);
                a.Property(x => x.Text).HasMaxLength(1000);
            });
            e.OwnsMany(s => s.Statuses, a =>
            {
                a.ToTable("StocktakeStatuses");
                a.WithOwner().HasForeignKey("StocktakeId");
                a.Property<int>("Id");
                a.HasKey("Id");
                a.Property(x => x.IndicatorSlug).HasMaxLength(80);
            });
        });

        builder.Entity<StocktakeDecision>(e =>
        {
            e.HasIndex(d => new { d.MissionId, d.Status });
            e.Property(d => d.Text).HasMaxLength(2000);
            e.Property(d => d.Owner).HasMaxLength(200);
            e.HasOne<Stocktake>().WithMany().HasForeignKey(d => d.StocktakeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Deprioritisation>(e =>
        {
            e.Property(d => d.Title).HasMaxLength(200);
            e.Property(d => d.Reason).HasMaxLength(2000);
            e.HasOne<Mission>().WithMany().HasForeignKey(d => d.MissionId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Capability>(e =>
        {
            e.HasIndex(c => c.MissionId);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Need).HasMaxLength(1000);
            e.Property(c => c.Gap).HasMaxLength(2000);
            e.HasOne<Mission>().WithMany().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.OwnsMany(c => c.Suppliers, s =>
            {
                s.ToTable("CapabilitySuppliers");
                s.WithOwner().HasForeignKey("CapabilityId");
                s.Property<int>("Id");
                s.HasKey("Id");
                s.Property(x => x.Name).HasMaxLength(200);
                s.Property(x => x.Organisation).HasMaxLength(200);
            });
        });
    }

    private static void ConfigureCoalitions(ModelBuilder builder)
    {
        builder.Entity<Pledge>(e =>
        {
            e.HasIndex(p => new { p.MissionId, p.OrganisationId });
            e.Property(p => p.Quantity).HasPrecision(18, 2);
            e.Property(p => p.Unit).HasMaxLength(40);
            e.Property(p => p.Conditions).HasMaxLength(2000);
            e.HasOne<Mission>().WithMany().HasForeignKey(p => p.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Initiative>().WithMany().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Delivery>(e =>
        {
            e.Property(d => d.Quantity).HasPrecision(18, 2);
            e.Property(d => d.Evidence).HasMaxLength(2000);
            e.Property(d => d.VerifiedBy).HasMaxLength(256);
            e.HasOne<Pledge>().WithMany(p => p.Deliveries).HasForeignKey(d => d.PledgeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Stakeholder>(e =>
        {
            e.HasIndex(s => s.MissionId);
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.Notes).HasMaxLength(2000);
            e.HasOne<Mission>().WithMany().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        });
    }

    private static void ConfigureConsultations(ModelBuilder builder)
    {
        builder.Entity<Consultation>(e =>
        {
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.Slug).HasMaxLength(80);
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.Prompt).HasMaxLength(8000);
            e.Property(c => c.Synthesis).HasMaxLength(20000);
            e.HasOne<Mission>().WithMany().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsMany(c => c.Workshops, w =>
            {
                w.ToTable("Workshops");
                w.WithOwner().HasForeignKey("ConsultationId");
                w.Property<int>("Id");
                w.HasKey("Id");
                w.Property(x => x.Outputs).HasMaxLength(4000);
            });
        });

        builder.Entity<Proposal>(e =>
        {
            e.HasIndex(p => p.ConsultationId);
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Body).HasMaxLength(10000);
            e.HasOne<Consultation>().WithMany().HasForeignKey(p => p.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Initiative>().WithMany().HasForeignKey(p => p.AdoptedInitiativeId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsOne(p => p.Moderation, m => m.Property(x => x.Reason).HasMaxLength(400));
            e.Navigation(p => p.Moderation).IsRequired();
        });

        builder.Entity<Comment>(e =>
        {
            e.HasIndex(c => c.ProposalId);
            e.Property(c => c.Body).HasMaxLength(4000);
            e.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsOne(c => c.Moderation, m => m.Property(x => x.Reason).HasMaxLength(400));
            e.Navigation(c => c.Moderation).IsRequired();
        });

        builder.Entity<Support>(e =>
        {
            // One support per person per proposal, enforced by the key itself.
            e.HasKey(s => new { s.ProposalId, s.UserId });
            e.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Report>(e =>
        {
            e.HasIndex(r => new { r.ProposalId, r.CommentId, r.UserId });
            e.Property(r => r.Reason).HasMaxLength(400);
            e.HasOne<Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
