using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConceptDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PublicationId",
                table: "IntegrationConcepts",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationConcepts_PublicationId",
                table: "IntegrationConcepts",
                column: "PublicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_IntegrationConcepts_Publications_PublicationId",
                table: "IntegrationConcepts",
                column: "PublicationId",
                principalTable: "Publications",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IntegrationConcepts_Publications_PublicationId",
                table: "IntegrationConcepts");

            migrationBuilder.DropIndex(
                name: "IX_IntegrationConcepts_PublicationId",
                table: "IntegrationConcepts");

            migrationBuilder.DropColumn(
                name: "PublicationId",
                table: "IntegrationConcepts");
        }
    }
}
