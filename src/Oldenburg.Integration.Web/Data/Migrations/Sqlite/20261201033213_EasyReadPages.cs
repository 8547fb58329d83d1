using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EasyReadPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EasyRead",
                table: "Pages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EasyRead",
                table: "Pages");
        }
    }
}
