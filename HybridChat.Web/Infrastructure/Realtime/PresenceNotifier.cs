using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.Presence;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// Tells friends and people in shared conversations when someone comes online or leaves, as far
// as that person's last-seen visibility allows and nobody blocked either way, and records when
// they were last seen.
public sealed class PresenceNotifier(IServiceScopeFactory scopes, PresenceBatcher batcher, IOptions<RealtimeOptions> options)
{
    public async Task CameOnlineAsync(int userId)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PresenceLeases>().TakeAsync(userId, options.Value.PresenceLease);
        }

        await NotifyAsync(userId, isOnline: true, lastSeenAt: null);
    }

    public async Task WentOfflineAsync(int userId)
    {
        DateTime lastSeenAt;
        await using (var scope = scopes.CreateAsyncScope())
        {
            lastSeenAt = await scope.ServiceProvider.GetRequiredService<PresenceLeases>().ReleaseAsync(userId);
        }

        await NotifyAsync(userId, isOnline: false, lastSeenAt);
    }

    // For a user whose offline state was already recorded (the presence repair job).
    public Task AnnounceOfflineAsync(int userId, DateTime lastSeenAt) => NotifyAsync(userId, isOnline: false, lastSeenAt);

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
