using System.Globalization;
using HybridChat.Bench.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HybridChat.Bench.Baselines;

// What the disk and SQLite allow: one-row INSERT + COMMIT transactions through plain ADO.NET, with
// the app's settings (the same connection string form, so the same Microsoft.Data.Sqlite busy
// timeout and synchronous default; WAL; BEGIN IMMEDIATE as EF's transactions use here).
internal sealed class RawSqliteInserts(string databasePath)
{
    private string ConnectionString => $"Data Source={databasePath}";

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var journal = await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        var synchronous = await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken);
        await ScalarAsync(connection,
            "CREATE TABLE IF NOT EXISTS Messages (Id INTEGER PRIMARY KEY AUTOINCREMENT, ConversationId INTEGER NOT NULL, " +
            "SenderId INTEGER NOT NULL, ClientMessageId TEXT NOT NULL, Text TEXT NOT NULL, CreatedAt TEXT NOT NULL);", cancellationToken);
        return $"journal_mode={journal}, synchronous={synchronous} (2 = FULL), default busy timeout {connection.DefaultTimeout} s";
    }

    public Task<LoadResult> RunAsync(int writers, TimeSpan window, CancellationToken cancellationToken) =>
        LoadLoop.RunAsync(writers, window, async (writer, token) =>
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(token);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Messages (ConversationId, SenderId, ClientMessageId, Text, CreatedAt) VALUES (1, $sender, $client, $text, $at);";
            insert.Parameters.AddWithValue("$sender", writer);
            insert.Parameters.AddWithValue("$client", Guid.NewGuid().ToString("N"));
            insert.Parameters.AddWithValue("$text", "raw insert baseline");
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync(token);
            await transaction.CommitAsync(token);
            return true;
        }, cancellationToken);

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }
}
