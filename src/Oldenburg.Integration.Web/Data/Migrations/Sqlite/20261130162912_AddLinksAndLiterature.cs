using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLinksAndLiterature : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkCategoryTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LinkCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCategoryTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkCategoryTranslations_LinkCategories_LinkCategoryId",
                        column: x => x.LinkCategoryId,
                        principalTable: "LinkCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CheckStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    CheckRedirectTarget = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Links_LinkCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "LinkCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Links_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Literature",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Isbn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Literature", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Literature_LinkCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "LinkCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LinkTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CuratedLinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkTranslations_Links_CuratedLinkId",
                        column: x => x.CuratedLinkId,
                        principalTable: "Links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiteratureTranslation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LiteratureEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiteratureTranslation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiteratureTranslation_Literature_LiteratureEntryId",
                        column: x => x.LiteratureEntryId,
                        principalTable: "Literature",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkCategories_Key",
                table: "LinkCategories",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkCategoryTranslations_LinkCategoryId_Culture",
                table: "LinkCategoryTranslations",
                columns: new[] { "LinkCategoryId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Links_CategoryId",
                table: "Links",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Links_PublishAt",
                table: "Links",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Links_Slug",
                table: "Links",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Links_State_CategoryId",
                table: "Links",
                columns: new[] { "State", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Links_TopicId",
                table: "Links",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_Links_UnpublishAt",
                table: "Links",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_LinkTranslations_CuratedLinkId_Culture",
                table: "LinkTranslations",
                columns: new[] { "CuratedLinkId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Literature_CategoryId",
                table: "Literature",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Literature_PublishAt",
                table: "Literature",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Literature_Slug",
                table: "Literature",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Literature_State_CategoryId",
                table: "Literature",
                columns: new[] { "State", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Literature_UnpublishAt",
                table: "Literature",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_LiteratureTranslation_LiteratureEntryId_Culture",
                table: "LiteratureTranslation",
                columns: new[] { "LiteratureEntryId", "Culture" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkCategoryTranslations");

            migrationBuilder.DropTable(
                name: "LinkTranslations");

            migrationBuilder.DropTable(
                name: "LiteratureTranslation");

            migrationBuilder.DropTable(
                name: "Links");

            migrationBuilder.DropTable(
                name: "Literature");

            migrationBuilder.DropTable(
                name: "LinkCategories");
        }
    }
}
