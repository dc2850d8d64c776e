using Microsoft.EntityFrameworkCore.Migrations;


namespace MissionControl.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddConsultationVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Consultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Consultations");
        }
    }
}
