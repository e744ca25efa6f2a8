using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HybridChat.Data;

// SQLite's own upper() changes ASCII letters only; searches compare upper-cased names, so on every
// connection upper() is replaced with .NET's, which folds "élodie" to "ÉLODIE" as PostgreSQL's
// and SQL Server's do.
public sealed class SqliteUnicodeUpper : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Replace(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Replace(connection);
        return Task.CompletedTask;
    }

    private static void Replace(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction<string?, string?>("upper", text => text?.ToUpperInvariant(), isDeterministic: true);
}
