using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace MissionControl.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPortfolio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FollowUpMonths",
                table: "Missions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReviewCadenceMonths",
                table: "Missions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "InitiativeId",
                table: "Indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadUserId = table.Column<string>(type: "TEXT", nullable: true),
                    InnovationType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BudgetCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    BudgetConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    PredatesMission = table.Column<bool>(type: "INTEGER", nullable: false),
                    PredatesSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryConfidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatives_AspNetUsers_LeadUserId",
                        column: x => x.LeadUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Initiatives_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Initiatives_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Experiments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Concept = table.Column<string>(type: "TEXT", nullable: true),
                    TestMethod = table.Column<string>(type: "TEXT", nullable: true),
                    SuccessCriterion = table.Column<string>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Experiments_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GateDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExitKept = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExitPeople = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExitAssets = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExitLearning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SuccessorSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GateDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GateDecisions_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeTargets",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedDirection = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TheoryOfChange = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeTargets", x => new { x.InitiativeId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_InitiativeTargets_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeTargets_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    KpiStatus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Viability = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeliveryConfidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hypotheses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hypotheses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hypotheses_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_InitiativeId",
                table: "Indicators",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_InitiativeId",
                table: "Experiments",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_GateDecisions_InitiativeId_DecidedAt",
                table: "GateDecisions",
                columns: new[] { "InitiativeId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Hypotheses_ExperimentId",
                table: "Hypotheses",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_LeadUserId",
                table: "Initiatives",
                column: "LeadUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_MissionId_Stage",
                table: "Initiatives",
                columns: new[] { "MissionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_NextReviewDue",
                table: "Initiatives",
                column: "NextReviewDue");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_OwnerOrganisationId",
                table: "Initiatives",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Slug",
                table: "Initiatives",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeTargets_IndicatorId",
                table: "InitiativeTargets",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_InitiativeId_ReviewedOn",
                table: "Reviews",
                columns: new[] { "InitiativeId", "ReviewedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Indicators_Initiatives_InitiativeId",
                table: "Indicators",
                column: "InitiativeId",
                principalTable: "Initiatives",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Indicators_Initiatives_InitiativeId",
                table: "Indicators");

            migrationBuilder.DropTable(
                name: "GateDecisions");

            migrationBuilder.DropTable(
                name: "Hypotheses");

            migrationBuilder.DropTable(
                name: "InitiativeTargets");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "Experiments");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_InitiativeId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "FollowUpMonths",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "ReviewCadenceMonths",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "InitiativeId",
                table: "Indicators");
        }
    }
}
