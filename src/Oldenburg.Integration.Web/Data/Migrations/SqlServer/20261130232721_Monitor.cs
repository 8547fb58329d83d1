using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Monitor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Monitor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Dimension = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Decimals = table.Column<int>(type: "int", nullable: false),
                    Breakdown = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ChartKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_Monitor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitorDataYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MonitorIndicatorId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitorDataYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitorDataYears_Monitor_MonitorIndicatorId",
                        column: x => x.MonitorIndicatorId,
                        principalTable: "Monitor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitorIndicatorText",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MonitorIndicatorId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitorIndicatorText", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitorIndicatorText_Monitor_MonitorIndicatorId",
                        column: x => x.MonitorIndicatorId,
                        principalTable: "Monitor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MonitorIndicatorId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    DistrictId = table.Column<int>(type: "int", nullable: true),
                    Group = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Suppressed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitorValues_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MonitorValues_Monitor_MonitorIndicatorId",
                        column: x => x.MonitorIndicatorId,
                        principalTable: "Monitor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Monitor_PublishAt",
                table: "Monitor",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Monitor_Slug",
                table: "Monitor",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Monitor_UnpublishAt",
                table: "Monitor",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_MonitorDataYears_MonitorIndicatorId_Year",
                table: "MonitorDataYears",
                columns: new[] { "MonitorIndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitorIndicatorText_MonitorIndicatorId_Culture",
                table: "MonitorIndicatorText",
                columns: new[] { "MonitorIndicatorId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitorValues_DistrictId",
                table: "MonitorValues",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitorValues_MonitorIndicatorId_Year_DistrictId_Group",
                table: "MonitorValues",
                columns: new[] { "MonitorIndicatorId", "Year", "DistrictId", "Group" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitorDataYears");

            migrationBuilder.DropTable(
                name: "MonitorIndicatorText");

            migrationBuilder.DropTable(
                name: "MonitorValues");

            migrationBuilder.DropTable(
                name: "Monitor");
        }
    }
}
