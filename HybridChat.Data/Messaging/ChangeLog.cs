using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

public static class ChangeLog
{
    // The key is any fixed number; only change-log writers take this advisory lock.
    private const string LockMessageChangesOnPostgreSql = "SELECT pg_advisory_xact_lock(4843434841)";

    // Streams resume from "every change with a larger id", which is only safe if changes commit in
    // id order. SQLite has one writer at a time; on SQL Server an exclusive application lock, on
    // PostgreSQL an advisory lock, each held until commit, make change-log writers queue the same way.
    public static async Task SerializeWritersAsync(this ChatDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = 'MessageChanges', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(LockMessageChangesOnPostgreSql, cancellationToken);
        }
    }

    public static MessageChange Record(this ChatDbContext db, Message message, MessageChangeKind kind, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var change = new MessageChange { Message = message, ConversationId = message.ConversationId, Kind = kind, OccurredAt = now };
        db.MessageChanges.Add(change);
        return change;
    }
}
