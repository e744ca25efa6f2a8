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

    // One change of a stored message (an edit, a deletion, a pin, a reaction) with its change-log
    // entry. The message is loaded as shown after the writers' lock, inside the transaction, so the
    // change decides on its latest state and SQL Server's retrying strategy can replay it all.
    // change answers a posting to return without writing (nothing to do, or a refusal), or null to
    // write what it did to the message.
    public static Task<MessagePosting> ChangeMessageAsync(this ChatDbContext db, long messageId, MessageChangeKind kind, TimeProvider clock,
        Func<Message, DateTime, Task<MessagePosting?>> change)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(change);
        return db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SerializeWritersAsync();
            var message = await db.Messages.ForDisplay().SingleAsync(m => m.Id == messageId);
            if (await change(message, now) is { } unwritten)
            {
                return unwritten;
            }

            var record = db.Record(message, kind, now);
            await db.SaveChangesAsync();
            return new MessagePosting(message, record, new ValidationErrors());
        });
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
