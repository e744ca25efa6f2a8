using HybridChat.Jobs.Presence;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Infrastructure.Jobs;

// A user whose stream is open here only missed a lease renewal: the next renewal restores it.
public sealed class PresenceRepairAnnouncer(PresenceNotifier notifier, IPresence presence) : IPresenceAnnouncer
{
    public Task WentOfflineAsync(int userId, DateTime lastSeenAt) =>
        presence.IsOnline(userId) ? Task.CompletedTask : notifier.AnnounceOfflineAsync(userId, lastSeenAt);
}
