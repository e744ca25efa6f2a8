using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Presence;

// The database side of presence: who some node says is online, until when.
public class PresenceLeases(ChatDbContext db, TimeProvider clock)
{
    public Task TakeAsync(int userId, TimeSpan lease)
    {
        var until = clock.GetUtcNow().UtcDateTime + lease;
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.OnlineUntil, until));
    }

    // Should one of them have just gone offline, its lease runs out and the repair job clears it.
    public Task RenewAsync(IReadOnlyCollection<int> userIds, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().UtcDateTime + lease;
        return db.Users.Where(u => userIds.Contains(u.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.OnlineUntil, until), cancellationToken);
    }

    public async Task<DateTime> ReleaseAsync(int userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.OnlineUntil, (DateTime?)null).SetProperty(x => x.LastSeenAt, now));
        return now;
    }
}
