using Microsoft.EntityFrameworkCore.Migrations;


namespace MissionControl.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddBodyAndCapabilityVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "GovernanceBodies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Capabilities",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "GovernanceBodies");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Capabilities");
        }
    }
}
