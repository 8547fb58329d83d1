using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PartnerSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A full-text index matches words and prefixes, not substrings, and would change results (docs/adr/0023-directory-search.md).
            // Instead the exact CHARINDEX search scans this narrow covering index instead of the whole table.
            migrationBuilder.Sql("""
                CREATE NONCLUSTERED INDEX [IX_Partners_DirectorySearch] ON [Partners] ([State], [NameSortKey])
                INCLUDE ([PartnerTypeId], [DistrictId], [BarrierFree], [SearchText]);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS [IX_Partners_DirectorySearch] ON [Partners];");
        }
    }
}
