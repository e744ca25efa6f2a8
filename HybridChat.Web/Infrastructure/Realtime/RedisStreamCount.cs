using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HybridChat.Web.Infrastructure.Realtime;

// Every open stream of a user, on any node, is a member of one sorted set scored by its lease's end;
// nodes renew their streams' leases, so a dead node's streams drop out once theirs run out. While
// Redis is unreachable each node counts only its own streams, as a single node does.
public sealed class RedisStreamCount : IStreamCount
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);
    private readonly RedisConnection redis;
    private readonly IOptions<RealtimeOptions> options;
    private readonly TimeProvider clock;
    private readonly ILogger<RedisStreamCount> logger;

    public RedisStreamCount(RedisConnection redis, ConnectionRegistry registry, IOptions<RealtimeOptions> options, TimeProvider clock,
        ILogger<RedisStreamCount> logger)
    {
        ArgumentNullException.ThrowIfNull(redis);
        (this.redis, this.options, this.clock, this.logger) = (redis, options, clock, logger);
        // A Redis that comes back may have lost the count (a restart keeps nothing): put this node's streams back at once.
        redis.Multiplexer.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Interactive)
            {
                _ = RecountAsync(registry);
            }
        };
    }

    // Returns the streams the user had open before, or -1 when that many reach the cap.
    private static readonly LuaScript Admit = LuaScript.Prepare("""
        redis.call('ZREMRANGEBYSCORE', @key, '-inf', @now)
        local open = redis.call('ZCARD', @key)
        if open >= tonumber(@max) then return -1 end
        redis.call('ZADD', @key, @until, @member)
        redis.call('PEXPIRE', @key, @lease)
        return open
        """);

    // Returns the streams the user still has open.
    private static readonly LuaScript Remove = LuaScript.Prepare("""
        redis.call('ZREM', @key, @member)
        redis.call('ZREMRANGEBYSCORE', @key, '-inf', @now)
        return redis.call('ZCARD', @key)
        """);

    public async Task<StreamAdmission> AdmitAsync(StreamConnection connection, StreamAdmission onThisNode, int maxPerUser)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (onThisNode == StreamAdmission.Refused || !redis.IsConnected)
        {
            return onThisNode;
        }

        try
        {
            var lease = options.Value.PresenceLease;
            var open = (long)await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(Admit, new
            {
                key = KeyOf(connection.UserId), now = Now(), max = maxPerUser, until = Now() + (long)lease.TotalMilliseconds,
                member = connection.Id, lease = (long)lease.TotalMilliseconds,
            }).WaitAsync(Patience);
            return open switch
            {
                < 0 => StreamAdmission.Refused,
                0 => StreamAdmission.FirstOfUser,
                _ => StreamAdmission.Admitted,
            };
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis did not count the streams of user {UserId}; this node's count stands.", connection.UserId);
            return onThisNode;
        }
    }

    public async Task<bool> RemoveAsync(StreamConnection connection, bool lastOnThisNode)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!redis.IsConnected)
        {
            return lastOnThisNode;
        }

        try
        {
            var open = (long)await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(Remove, new
            {
                key = KeyOf(connection.UserId), member = connection.Id, now = Now(),
            }).WaitAsync(Patience);
            return lastOnThisNode && open == 0;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis did not count the streams of user {UserId}; this node's count stands.", connection.UserId);
            return lastOnThisNode;
        }
    }

    public async Task RenewAsync(IReadOnlyCollection<StreamConnection> connections, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        if (connections.Count == 0 || !redis.IsConnected)
        {
            return;
        }

        var database = redis.Multiplexer.GetDatabase();
        var until = Now() + (long)lease.TotalMilliseconds;
        var renewals = connections.GroupBy(c => c.UserId).SelectMany(user => (Task[])
        [
            database.SortedSetAddAsync(KeyOf(user.Key), [.. user.Select(c => new SortedSetEntry(c.Id, until))]),
            database.KeyExpireAsync(KeyOf(user.Key), lease),
        ]);
        await Task.WhenAll(renewals).WaitAsync(Patience, cancellationToken);
    }

    private async Task RecountAsync(ConnectionRegistry registry)
    {
        try
        {
            await RenewAsync(registry.Connections(), options.Value.PresenceLease, CancellationToken.None);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "This node's streams could not be counted again after Redis returned; the next renewal will.");
        }
    }

    private static RedisKey KeyOf(int userId) => "hybridchat:streams:" + userId.ToString(CultureInfo.InvariantCulture);

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
