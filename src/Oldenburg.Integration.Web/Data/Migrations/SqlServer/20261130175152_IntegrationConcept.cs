using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IntegrationConcept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldsOfAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnpublishAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldsOfAction", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationConcepts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationConcepts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FieldOfActionOffers",
                columns: table => new
                {
                    FieldOfActionId = table.Column<int>(type: "int", nullable: false),
                    OffersId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldOfActionOffers", x => new { x.FieldOfActionId, x.OffersId });
                    table.ForeignKey(
                        name: "FK_FieldOfActionOffers_FieldsOfAction_FieldOfActionId",
                        column: x => x.FieldOfActionId,
                        principalTable: "FieldsOfAction",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldOfActionOffers_Offers_OffersId",
                        column: x => x.OffersId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FieldOfActionPartners",
                columns: table => new
                {
                    FieldOfActionId = table.Column<int>(type: "int", nullable: false),
                    PartnersId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldOfActionPartners", x => new { x.FieldOfActionId, x.PartnersId });
                    table.ForeignKey(
                        name: "FK_FieldOfActionPartners_FieldsOfAction_FieldOfActionId",
                        column: x => x.FieldOfActionId,
                        principalTable: "FieldsOfAction",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldOfActionPartners_Partners_PartnersId",
                        column: x => x.PartnersId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FieldOfActionTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FieldOfActionId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    MeasuresText = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldOfActionTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldOfActionTranslations_FieldsOfAction_FieldOfActionId",
                        column: x => x.FieldOfActionId,
                        principalTable: "FieldsOfAction",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationConceptTranslation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IntegrationConceptId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationConceptTranslation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrationConceptTranslation_IntegrationConcepts_IntegrationConceptId",
                        column: x => x.IntegrationConceptId,
                        principalTable: "IntegrationConcepts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldOfActionOffers_OffersId",
                table: "FieldOfActionOffers",
                column: "OffersId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldOfActionPartners_PartnersId",
                table: "FieldOfActionPartners",
                column: "PartnersId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldOfActionTranslations_FieldOfActionId_Culture",
                table: "FieldOfActionTranslations",
                columns: new[] { "FieldOfActionId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldsOfAction_PublishAt",
                table: "FieldsOfAction",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_FieldsOfAction_Slug",
                table: "FieldsOfAction",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldsOfAction_State_SortOrder",
                table: "FieldsOfAction",
                columns: new[] { "State", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldsOfAction_UnpublishAt",
                table: "FieldsOfAction",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationConceptTranslation_IntegrationConceptId_Culture",
                table: "IntegrationConceptTranslation",
                columns: new[] { "IntegrationConceptId", "Culture" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldOfActionOffers");

            migrationBuilder.DropTable(
                name: "FieldOfActionPartners");

            migrationBuilder.DropTable(
                name: "FieldOfActionTranslations");

            migrationBuilder.DropTable(
                name: "IntegrationConceptTranslation");

            migrationBuilder.DropTable(
                name: "FieldsOfAction");

            migrationBuilder.DropTable(
                name: "IntegrationConcepts");
        }
    }
}
