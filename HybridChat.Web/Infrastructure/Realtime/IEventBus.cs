namespace HybridChat.Web.Infrastructure.Realtime;

// Delivers live events to the open streams of users, on this node and (with Redis) on others.
// Publish after the change is committed: a stream that misses an ephemeral event is not replayed it,
// while message changes are always recoverable from the change log.
public interface IEventBus
{
    ValueTask PublishToUsersAsync(IReadOnlyCollection<int> userIds, LiveEvent liveEvent, CancellationToken cancellationToken = default);

    // Ends the user's streams that rode on sign-ins which just ended. Publish after the commit.
    ValueTask EndSessionsAsync(SessionEnd sessionEnd, CancellationToken cancellationToken = default);

    // "The change log moved": every node's follower reads it (the changes themselves never travel on the bus).
    void ChangeLogMoved();
}
