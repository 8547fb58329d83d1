using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oldenburg.Integration.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnerSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The trigram tokenizer indexes every three-character run of the folded text, so a quoted
            // MATCH phrase of three or more characters finds exactly the substrings instr() finds.
            // case_sensitive 1: the text is folded already, and a byte-exact index stays a superset of instr().
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PartnerSearch" USING fts5(
                    "SearchText", content='Partners', content_rowid='Id', tokenize='trigram case_sensitive 1');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Partners_SearchInsert" AFTER INSERT ON "Partners" BEGIN
                    INSERT INTO "PartnerSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Partners_SearchDelete" AFTER DELETE ON "Partners" BEGIN
                    INSERT INTO "PartnerSearch"("PartnerSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Partners_SearchUpdate" AFTER UPDATE OF "SearchText" ON "Partners" BEGIN
                    INSERT INTO "PartnerSearch"("PartnerSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "PartnerSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "PartnerSearch"("PartnerSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Partners_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Partners_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Partners_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "PartnerSearch";""");
        }
    }
}
