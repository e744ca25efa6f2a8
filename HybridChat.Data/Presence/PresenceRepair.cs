using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Presence;

public record StaleOnline(int UserId, DateTime LastSeenAt);

// Nodes renew the online lease of the users whose streams they hold; a lease that ran out belongs
// to a node that crashed or lost its database. Those users go offline, last seen now.
public class PresenceRepair(ChatDbContext db, TimeProvider clock)
{
    public async Task<List<StaleOnline>> ExpireLeasesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = await db.Users.Where(u => u.OnlineUntil != null && u.OnlineUntil < now)
            .Select(u => new { u.Id, u.OnlineUntil }).ToListAsync(cancellationToken);
        var repaired = new List<StaleOnline>();
        foreach (var user in stale)
        {
            // Unless a node renewed it meanwhile.
            var updated = await db.Users.Where(u => u.Id == user.Id && u.OnlineUntil == user.OnlineUntil)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.OnlineUntil, (DateTime?)null).SetProperty(x => x.LastSeenAt, now), cancellationToken);
            if (updated == 1)
            {
                repaired.Add(new StaleOnline(user.Id, now));
            }
        }

        return repaired;
    }
}
