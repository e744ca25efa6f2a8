using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Infrastructure.Realtime;

// Tells friends and people in shared conversations when someone comes online or leaves, as far
// as that person's last-seen visibility allows and nobody blocked either way, and records when
// they were last seen.
public sealed class PresenceNotifier(IServiceScopeFactory scopes, PresenceBatcher batcher, TimeProvider clock)
{
    public Task CameOnlineAsync(int userId) => NotifyAsync(userId, isOnline: true, lastSeenAt: null);

    public async Task WentOfflineAsync(int userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ChatDbContext>().Users.Where(u => u.Id == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSeenAt, now));
        }

        await NotifyAsync(userId, isOnline: false, now);
    }

    private async Task NotifyAsync(int userId, bool isOnline, DateTime? lastSeenAt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var visibility = await db.Users.Where(u => u.Id == userId).Select(u => u.LastSeenVisibility).SingleAsync();
        var audience = visibility switch
        {
            LastSeenVisibility.Everyone => await db.FriendIdsOf(userId).Union(CoMembersOf(db, userId)).ToListAsync(),
            LastSeenVisibility.Friends => await db.FriendIdsOf(userId).ToListAsync(),
            _ => [],
        };
        if (audience.Count > 0)
        {
            // Blocking hides presence both ways, even between members of one group.
            audience = [.. audience.Except(await db.BlockedEitherWayIdsOf(userId).ToListAsync())];
        }

        batcher.Add(audience, new PresenceUpdate(userId, isOnline, lastSeenAt));
    }

    private static IQueryable<int> CoMembersOf(ChatDbContext db, int userId) =>
        db.Memberships.Where(m => m.UserId != userId && db.Memberships.Any(mine => mine.UserId == userId && mine.ConversationId == m.ConversationId))
            .Select(m => m.UserId);
}
