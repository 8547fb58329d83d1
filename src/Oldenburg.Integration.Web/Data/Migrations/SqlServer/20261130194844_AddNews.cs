using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddNews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "News",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ImageFile = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    ImageContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsSample = table.Column<bool>(type: "bit", nullable: false),
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
                    table.PrimaryKey("PK_News", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NewsOffers",
                columns: table => new
                {
                    NewsItemId = table.Column<int>(type: "int", nullable: false),
                    OffersId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsOffers", x => new { x.NewsItemId, x.OffersId });
                    table.ForeignKey(
                        name: "FK_NewsOffers_News_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "News",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NewsOffers_Offers_OffersId",
                        column: x => x.OffersId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPartners",
                columns: table => new
                {
                    NewsItemId = table.Column<int>(type: "int", nullable: false),
                    PartnersId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPartners", x => new { x.NewsItemId, x.PartnersId });
                    table.ForeignKey(
                        name: "FK_NewsPartners_News_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "News",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NewsPartners_Partners_PartnersId",
                        column: x => x.PartnersId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsTranslation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NewsItemId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Teaser = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    ImageAlt = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsTranslation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsTranslation_News_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "News",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_News_PublishAt",
                table: "News",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_News_Slug",
                table: "News",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_News_State_PublishedAt",
                table: "News",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_News_UnpublishAt",
                table: "News",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_NewsOffers_OffersId",
                table: "NewsOffers",
                column: "OffersId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPartners_PartnersId",
                table: "NewsPartners",
                column: "PartnersId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsTranslation_NewsItemId_Culture",
                table: "NewsTranslation",
                columns: new[] { "NewsItemId", "Culture" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsOffers");

            migrationBuilder.DropTable(
                name: "NewsPartners");

            migrationBuilder.DropTable(
                name: "NewsTranslation");

            migrationBuilder.DropTable(
                name: "News");
        }
    }
}
