namespace HybridChat.Web.Infrastructure.Realtime;

// The single-node bus: delivers straight to the streams open in this process.
public sealed class InProcessEventBus(ConnectionRegistry connections) : IEventBus
{
    public ValueTask PublishToUsersAsync(IReadOnlyCollection<int> userIds, LiveEvent liveEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var userId in userIds.Distinct())
        {
            connections.Deliver(userId, liveEvent);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask EndSessionsAsync(SessionEnd sessionEnd, CancellationToken cancellationToken = default)
    {
        connections.EndSessions(sessionEnd);
        return ValueTask.CompletedTask;
    }
}
