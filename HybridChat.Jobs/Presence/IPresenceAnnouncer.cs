namespace HybridChat.Jobs.Presence;

// Tells the people who may see it that someone went offline (the host's live-event path).
public interface IPresenceAnnouncer
{
    Task WentOfflineAsync(int userId, DateTime lastSeenAt);
}
