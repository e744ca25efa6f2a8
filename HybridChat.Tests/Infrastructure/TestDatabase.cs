using System.Security.Cryptography;
using System.Text;
using HybridChat.Data;
using Npgsql;

namespace HybridChat.Tests.Infrastructure;

// The database the apps under test use: a SQLite file in their data directory (the default), or,
// with HYBRIDCHAT_TEST_DATABASE=PostgreSql, a database of its own on the PostgreSQL server that
// HYBRIDCHAT_TEST_POSTGRES names (tools/postgres.sh start prints it). The database is named for the
// data directory, so an app restarted on the same directory finds its data again.
public static class TestDatabase
{
    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("HYBRIDCHAT_TEST_DATABASE"), ignoreCase: true, out var provider)
            ? provider : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    private static string Server => Environment.GetEnvironmentVariable("HYBRIDCHAT_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    // Settings for an app with this data directory; none for SQLite, whose file is in the directory.
    public static IEnumerable<KeyValuePair<string, string>> SettingsFor(string dataDirectory) => IsPostgreSql
        ? [new("Database:Provider", nameof(DatabaseProvider.PostgreSql)), new("ConnectionStrings:Chat", ConnectionStringFor(dataDirectory))]
        : [];

    public static string ConnectionStringFor(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = NameFor(dataDirectory) }.ConnectionString;

    public static async Task DropAsync(string dataDirectory)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        await using (var database = new NpgsqlConnection(ConnectionStringFor(dataDirectory)))
        {
            NpgsqlConnection.ClearPool(database);
        }

        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{NameFor(dataDirectory)}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    // As an operator closing the database: connections are refused and open ones are ended.
    public static async Task AllowConnectionsAsync(string dataDirectory, bool allow)
    {
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        var name = NameFor(dataDirectory);
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {allow}", server);
        await alter.ExecuteNonQueryAsync();
        await using var end = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", server);
        await end.ExecuteNonQueryAsync();
    }

    private static string NameFor(string dataDirectory) =>
        "hybridchat_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..24];
}
