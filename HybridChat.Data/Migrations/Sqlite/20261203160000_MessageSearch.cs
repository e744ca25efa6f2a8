using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HybridChat.Data.Migrations.Sqlite
{
    // An FTS5 index over Messages.Text with its content in Messages itself (external content), kept
    // in step by triggers. A later migration that makes EF rebuild the Messages table drops these
    // triggers with it and must create them again.
    public partial class MessageSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE MessageSearch USING fts5(Text, content='Messages', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Messages_SearchInsert AFTER INSERT ON Messages BEGIN
                    INSERT INTO MessageSearch(rowid, Text) VALUES (new.Id, new.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Messages_SearchDelete AFTER DELETE ON Messages BEGIN
                    INSERT INTO MessageSearch(MessageSearch, rowid, Text) VALUES ('delete', old.Id, old.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Messages_SearchUpdate AFTER UPDATE OF Text ON Messages BEGIN
                    INSERT INTO MessageSearch(MessageSearch, rowid, Text) VALUES ('delete', old.Id, old.Text);
                    INSERT INTO MessageSearch(rowid, Text) VALUES (new.Id, new.Text);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO MessageSearch(MessageSearch) VALUES ('rebuild');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Messages_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER Messages_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER Messages_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE MessageSearch;");
        }
    }
}
