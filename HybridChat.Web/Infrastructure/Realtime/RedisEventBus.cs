using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HybridChat.Web.Infrastructure.Realtime;

// The bus of several nodes: delivers to this node's streams at once, and publishes on Redis for the
// others. Without Redis each node still serves its own streams, its follower polls the change log
// every second for other nodes' messages, and when Redis returns every stream here is told to
// re-fetch what it may have missed (stream.resync), since ephemeral events are not replayed.
public sealed class RedisEventBus(
    RedisConnection redis, ConnectionRegistry connections, ChangeLogFollower follower, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json,
    ILogger<RedisEventBus> logger) : IEventBus, IHostedService, IDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("hybridchat:events");
    private readonly CancellationTokenSource stopping = new();
    private Task probing = Task.CompletedTask;
    private volatile bool hears;

    public ValueTask PublishToUsersAsync(IReadOnlyCollection<int> userIds, LiveEvent liveEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        connections.Deliver(userIds, liveEvent);
        Publish(new BusMessage(redis.NodeId)
        {
            UserIds = [.. userIds.Distinct()],
            Type = liveEvent.Type,
            Data = JsonSerializer.SerializeToElement(liveEvent.Data, json.Value.JsonSerializerOptions),
            Html = liveEvent.Html,
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask EndSessionsAsync(SessionEnd sessionEnd, CancellationToken cancellationToken = default)
    {
        connections.EndSessions(sessionEnd);
        Publish(new BusMessage(redis.NodeId) { SessionEnd = sessionEnd });
        return ValueTask.CompletedTask;
    }

    public void ChangeLogMoved()
    {
        follower.Nudge();
        Publish(new BusMessage(redis.NodeId) { ChangeLogMoved = true });
    }

    // Never waits for Redis: a sender is not held up by the bus, and while Redis is unreachable the
    // other nodes poll the log.
    private void Publish(BusMessage message)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            redis.Multiplexer.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(message, JsonSerializerOptions.Web), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "A live event could not be published to the other nodes.");
        }
    }

    private void Receive(RedisValue value)
    {
        BusMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<BusMessage>(value.ToString(), JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "A message on the live-event channel was not understood.");
            return;
        }

        if (message is null)
        {
            return;
        }

        if (message.Origin == redis.NodeId)
        {
            if (message.Probe)
            {
                HeardOwnProbe();
            }

            return;
        }

        if (message.Probe)
        {
            return;
        }

        if (message.Resync)
        {
            connections.ResyncAll();
        }
        else if (message.ChangeLogMoved)
        {
            follower.Nudge();
        }
        else if (message.SessionEnd is { } sessionEnd)
        {
            connections.EndSessions(sessionEnd);
        }
        else if (message is { UserIds: { } userIds, Type: { } type, Data: { } data })
        {
            connections.Deliver(userIds, new LiveEvent(type, data, message.Html));
        }
    }

    // True once this node has heard its own probe come back over the channel: a live connection is
    // not enough, since the client renews the subscription a moment after the link returns (and
    // only then does this node hear the others' ephemeral events, such as typing).
    public bool HearsOtherNodes => hears;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Multiplexer.ConnectionFailed += (_, failure) =>
        {
            if (failure.ConnectionType == ConnectionType.Subscription)
            {
                hears = false;
                follower.NudgedByOtherNodes = false;
            }
        };
        redis.Multiplexer.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType != ConnectionType.Subscription)
            {
                // What this node published meanwhile never left it.
                Publish(new BusMessage(redis.NodeId) { Resync = true });
            }
        };
        try
        {
            // The client keeps the subscription, and renews it whenever the link comes back.
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, value) => Receive(value));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Subscribing to the other nodes' live events failed; this node polls the change log until Redis answers.");
        }

        probing = ProbeWhileDeafAsync(stopping.Token);
    }

    private async Task ProbeWhileDeafAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        do
        {
            if (!hears)
            {
                Publish(new BusMessage(redis.NodeId) { Probe = true });
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private void HeardOwnProbe()
    {
        if (hears)
        {
            return;
        }

        hears = true;
        follower.NudgedByOtherNodes = true;
        connections.ResyncAll();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try
        {
            await probing;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose() => stopping.Dispose();

    private sealed record BusMessage(string Origin)
    {
        public int[]? UserIds { get; init; }

        public string? Type { get; init; }

        public JsonElement? Data { get; init; }

        public string? Html { get; init; }

        public SessionEnd? SessionEnd { get; init; }

        public bool ChangeLogMoved { get; init; }

        public bool Resync { get; init; }

        public bool Probe { get; init; }
    }
}
