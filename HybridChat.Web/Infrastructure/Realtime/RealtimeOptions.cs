namespace HybridChat.Web.Infrastructure.Realtime;

public class RealtimeOptions
{
    public const string Section = "Realtime";

    // Events a stream may have waiting before it is cut off as too slow.
    public int StreamQueueCapacity { get; set; } = 256;

    public int HeartbeatSeconds { get; set; } = 15;

    // Changes read from the database per catch-up query.
    public int CatchUpBatchSize { get; set; } = 200;
}
