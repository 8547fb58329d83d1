using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SchedulingAndReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Partners",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Partners",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Offers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Offers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partners_PublishAt",
                table: "Partners",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_UnpublishAt",
                table: "Partners",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_PublishAt",
                table: "Pages",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_UnpublishAt",
                table: "Pages",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PublishAt",
                table: "Offers",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_UnpublishAt",
                table: "Offers",
                column: "UnpublishAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Partners_PublishAt",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_UnpublishAt",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Pages_PublishAt",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Pages_UnpublishAt",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Offers_PublishAt",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Offers_UnpublishAt",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Offers");
        }
    }
}
