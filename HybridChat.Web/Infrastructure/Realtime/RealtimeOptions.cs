namespace HybridChat.Web.Infrastructure.Realtime;

public class RealtimeOptions
{
    public const string Section = "Realtime";

    // Events a stream may have waiting before it is cut off as too slow.
    public int StreamQueueCapacity { get; set; } = 256;

    public int HeartbeatSeconds { get; set; } = 15;

    // Sent as "retry:" when a stream opens: how long a client waits before reconnecting a dropped
    // stream. Long enough that a restarting node is not stormed, short enough to feel live.
    public int ReconnectMilliseconds { get; set; } = 3000;

    // Open streams one user may hold on a node (tabs and devices); more are refused with 429.
    public int MaxStreamsPerUser { get; set; } = 20;

    // Presence changes for one recipient are sent together at most this often.
    public int PresenceBatchMilliseconds { get; set; } = 1000;

    // How often the change-log follower looks for changes nobody nudged it about: other nodes' writes
    // when no bus carries their nudges (a single node, or Redis unreachable).
    public int ChangeLogPollMilliseconds { get; set; } = 1000;

    // The same while Redis carries every node's nudges: only a safety net for a nudge lost in transit.
    public int ChangeLogPollWithBusMilliseconds { get; set; } = 10000;

    // A StackExchange.Redis configuration string ("redis.internal:6379,password=..."). Set it on every
    // node of a cluster: live events then reach streams on all nodes, and stream caps and presence
    // are counted across them.
    public string? Redis { get; set; }

    // How long the database believes a user is online without the node renewing it (a third of
    // it between renewals); a crashed node's users go offline once it runs out (presence repair).
    public int PresenceLeaseSeconds { get; set; } = 90;

    public TimeSpan PresenceLease => TimeSpan.FromSeconds(PresenceLeaseSeconds);

    // Changes read from the database per catch-up query.
    public int CatchUpBatchSize { get; set; } = 200;
}
