using HybridChat.Data.Presence;

namespace HybridChat.Jobs.Presence;

public class PresenceRepairJob(PresenceRepair repair, IPresenceAnnouncer announcer)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var stale in await repair.ExpireLeasesAsync(cancellationToken))
        {
            await announcer.WentOfflineAsync(stale.UserId, stale.LastSeenAt);
        }
    }
}
