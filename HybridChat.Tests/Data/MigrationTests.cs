using HybridChat.Data;
using HybridChat.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using HybridChat.Web.Infrastructure.Auth;

namespace HybridChat.Tests.Data;

// SQL Server cannot run on these machines, so its side is checked without a server: the model
// matches its migrations, and the idempotent deployment script generates. PostgreSQL's migrations
// also run for real whenever the suite runs on it (HYBRIDCHAT_TEST_DATABASE=PostgreSql).
public class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteChatDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = new SqlServerChatDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_postgresql_migrations_match_the_model()
    {
        using var db = new PostgreSqlChatDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    // The design-time factories above must build the model the app builds: the app's services (its
    // Identity options among them) shape the model it checks its migrations against on start-up.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_model_the_app_builds_has_nothing_its_migrations_lack(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Chat"] = provider switch
            {
                DatabaseProvider.SqlServer => "Server=nowhere;Database=HybridChat",
                DatabaseProvider.PostgreSql => "Host=nowhere;Database=hybridchat",
                _ => null,
            },
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddChatData(configuration, Path.GetTempPath()).AddChatAccounts()
            .BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<ChatDbContext>().Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_postgresql_idempotent_migration_script_can_be_generated()
    {
        using var db = new PostgreSqlChatDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE \"MigrationId\" = '{migration}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE TABLE \"MessageChanges\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Messages_SenderId_ClientMessageId\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sql_server_idempotent_migration_script_can_be_generated()
    {
        using var db = new SqlServerChatDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE TABLE [Messages]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [MessageChanges]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Messages_SenderId_ClientMessageId]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_starts_on_an_empty_directory_and_creates_its_database()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "A SQLite file in the data directory; PostgreSQL has its own test below.");
        await using var app = new ChatApp();
        Assert.False(Directory.Exists(app.DataDirectory));

        using var session = app.NewSession();
        await session.GetPageAsync("/");

        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "hybridchat.db")));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync() is [var mode] ? mode : null);
    }

    [Fact]
    public async Task On_PostgreSQL_the_app_creates_its_database_with_every_migration_and_the_job_tables()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Runs when the suite runs on PostgreSQL (HYBRIDCHAT_TEST_DATABASE=PostgreSql).");
        await using var app = new ChatApp();

        using var session = app.NewSession();
        await session.GetPageAsync("/");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        Assert.True(db.Database.IsNpgsql());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["hangfire"], await db.Database.SqlQueryRaw<string>(
            "SELECT schema_name AS \"Value\" FROM information_schema.schemata WHERE schema_name = 'hangfire'").ToListAsync());
        Assert.False(Directory.Exists(app.DataDirectory) && File.Exists(Path.Combine(app.DataDirectory, "hybridchat.db")));
    }
}
