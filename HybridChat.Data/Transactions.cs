using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data;

public static class Transactions
{
    // SQL Server's retrying strategy accepts a transaction only as a unit it can replay; on SQLite the
    // transaction begins IMMEDIATE, so concurrent writers queue instead of failing on a stale snapshot.
    public static Task<T> InTransactionAsync<T>(this ChatDbContext db, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await work();
            await transaction.CommitAsync();
            return result;
        });
    }
}
