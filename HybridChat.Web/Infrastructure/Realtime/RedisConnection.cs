using System.Diagnostics.Metrics;
using HybridChat.Data.Telemetry;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HybridChat.Web.Infrastructure.Realtime;

// This node's link to the cluster's Redis. The node starts, and serves its own streams, while Redis
// is down; the client keeps reconnecting in the background and says when the link fails or returns.
public sealed class RedisConnection : IDisposable
{
    private readonly ConnectionMultiplexer multiplexer;

    public RedisConnection(IOptions<RealtimeOptions> options, IMeterFactory meters, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        var configuration = ConfigurationOptions.Parse(options.Value.Redis ?? throw new InvalidOperationException("Realtime:Redis is not set."));
        configuration.AbortOnConnectFail = false;
        configuration.ClientName = $"hybridchat-{Environment.MachineName}-{NodeId[..8]}";
        multiplexer = ConnectionMultiplexer.Connect(configuration);
        multiplexer.ConnectionFailed += (_, failure) =>
            logger.LogWarning(failure.Exception, "Redis is unreachable ({FailureType}): live events reach this node's streams only; other nodes' messages arrive by polling the change log.",
                failure.FailureType);
        multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis is reachable again.");
        meters.Create(ChatMetrics.MeterName).CreateObservableGauge("hybridchat.redis.connected", () => IsConnected ? 1 : 0, "{link}",
            "1 while this node is connected to Redis (live events reach every node), 0 while it is not.");
    }

    // Tells this node's messages on the bus from other nodes'; new at every start.
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public bool IsConnected => multiplexer.IsConnected;

    public IConnectionMultiplexer Multiplexer => multiplexer;

    public void Dispose() => multiplexer.Dispose();
}
