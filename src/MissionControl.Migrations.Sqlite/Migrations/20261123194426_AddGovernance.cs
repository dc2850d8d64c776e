using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace MissionControl.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Capabilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Gap = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Capabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Capabilities_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deprioritisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deprioritisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deprioritisations_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mandate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReportsToId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernanceBodies_GovernanceBodies_ReportsToId",
                        column: x => x.ReportsToId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GovernanceBodies_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MissionLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Landmark = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Stakeholders = table.Column<string>(type: "TEXT", nullable: false),
                    Milestones = table.Column<string>(type: "TEXT", nullable: false),
                    ReportingCadence = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NoLongerPriorities = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissionLetters_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CapabilitySuppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CapabilityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilitySuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapabilitySuppliers_Capabilities_CapabilityId",
                        column: x => x.CapabilityId,
                        principalTable: "Capabilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BodyMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InitiativeSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMembers_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stocktakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stocktakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stocktakes_GovernanceBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Stocktakes_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LetterGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Due = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterGoals_MissionLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "MissionLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StocktakeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StocktakeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StocktakeDecisions_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StocktakeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StocktakeStatuses_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_StocktakeId",
                table: "AgendaItems",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMembers_BodyId",
                table: "BodyMembers",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Capabilities_MissionId",
                table: "Capabilities",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_CapabilitySuppliers_CapabilityId",
                table: "CapabilitySuppliers",
                column: "CapabilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Deprioritisations_MissionId",
                table: "Deprioritisations",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceBodies_MissionId",
                table: "GovernanceBodies",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceBodies_ReportsToId",
                table: "GovernanceBodies",
                column: "ReportsToId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterGoals_LetterId",
                table: "LetterGoals",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_MissionLetters_MissionId_Number",
                table: "MissionLetters",
                columns: new[] { "MissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeDecisions_MissionId_Status",
                table: "StocktakeDecisions",
                columns: new[] { "MissionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeDecisions_StocktakeId",
                table: "StocktakeDecisions",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_BodyId",
                table: "Stocktakes",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_MissionId_Date",
                table: "Stocktakes",
                columns: new[] { "MissionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeStatuses_StocktakeId",
                table: "StocktakeStatuses",
                column: "StocktakeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "BodyMembers");

            migrationBuilder.DropTable(
                name: "CapabilitySuppliers");

            migrationBuilder.DropTable(
                name: "Deprioritisations");

            migrationBuilder.DropTable(
                name: "LetterGoals");

            migrationBuilder.DropTable(
                name: "StocktakeDecisions");

            migrationBuilder.DropTable(
                name: "StocktakeStatuses");

            migrationBuilder.DropTable(
                name: "Capabilities");

            migrationBuilder.DropTable(
                name: "MissionLetters");

            migrationBuilder.DropTable(
                name: "Stocktakes");

            migrationBuilder.DropTable(
                name: "GovernanceBodies");
        }
    }
}
