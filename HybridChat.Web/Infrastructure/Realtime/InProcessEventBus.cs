namespace HybridChat.Web.Infrastructure.Realtime;

// The single-node bus: delivers straight to the streams open in this process.
public sealed class InProcessEventBus(ConnectionRegistry connections, ChangeLogFollower follower) : IEventBus
{
    public ValueTask PublishToUsersAsync(IReadOnlyCollection<int> userIds, LiveEvent liveEvent, CancellationToken cancellationToken = default)
    {
        connections.Deliver(userIds, liveEvent);
        return ValueTask.CompletedTask;
    }

    public ValueTask EndSessionsAsync(SessionEnd sessionEnd, CancellationToken cancellationToken = default)
    {
        connections.EndSessions(sessionEnd);
        return ValueTask.CompletedTask;
    }

    public void ChangeLogMoved() => follower.Nudge();
}
