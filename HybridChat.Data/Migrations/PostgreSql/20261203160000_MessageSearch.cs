using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridChat.Data.Migrations.PostgreSql
{
    // A stored tsvector of each message's text ('simple': no language's stemming or stop words) and
    // its GIN index. Only the search's own SQL reads the column, so the EF model does not map it.
    // Angle brackets become spaces first: the parser would skip "<b>...</b>" as markup, and people
    // write plain text, not HTML.
    public partial class MessageSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Messages" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, translate("Text", '<>', '  '))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Messages_SearchVector" ON "Messages" USING GIN ("SearchVector");""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Messages_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Messages" DROP COLUMN "SearchVector";""");
        }
    }
}
