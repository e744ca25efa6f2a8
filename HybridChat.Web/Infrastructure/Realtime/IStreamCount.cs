namespace HybridChat.Web.Infrastructure.Realtime;

// Counts a user's open streams for the per-user cap and for presence: on this node alone, or with
// Redis across every node. A node that dies leaves its streams behind in the count only until
// their lease runs out (PresenceLeaseSeconds).
public interface IStreamCount
{
    // Given this node's answer: refused past the cap, FirstOfUser when the user had no stream anywhere.
    Task<StreamAdmission> AdmitAsync(StreamConnection connection, StreamAdmission onThisNode, int maxPerUser);

    // True when that was the user's last stream on any node (they just went offline).
    Task<bool> RemoveAsync(StreamConnection connection, bool lastOnThisNode);

    Task RenewAsync(IReadOnlyCollection<StreamConnection> connections, TimeSpan lease, CancellationToken cancellationToken);
}

public sealed class NodeStreamCount : IStreamCount
{
    public Task<StreamAdmission> AdmitAsync(StreamConnection connection, StreamAdmission onThisNode, int maxPerUser) => Task.FromResult(onThisNode);

    public Task<bool> RemoveAsync(StreamConnection connection, bool lastOnThisNode) => Task.FromResult(lastOnThisNode);

    public Task RenewAsync(IReadOnlyCollection<StreamConnection> connections, TimeSpan lease, CancellationToken cancellationToken) => Task.CompletedTask;
}
