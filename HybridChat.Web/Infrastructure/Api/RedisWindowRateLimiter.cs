using System.Diagnostics;
using System.Threading.RateLimiting;
using HybridChat.Web.Infrastructure.Realtime;
using StackExchange.Redis;

namespace HybridChat.Web.Infrastructure.Api;

// A fixed window counted in Redis, so a limit holds across every node of a cluster. While Redis is
// unreachable each node counts on its own (the fallback), so requests are limited per node rather
// than refused or let through unlimited.
public sealed class RedisWindowRateLimiter(RedisConnection redis, string key, int permitLimit, TimeSpan window, RateLimiter fallback)
    : RateLimiter
{
    // The first request of a window starts its clock; the count and the key expire together.
    private static readonly LuaScript Count = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        if count == 1 then redis.call('PEXPIRE', @key, @windowMs) end
        return { count, redis.call('PTTL', @key) }
        """);

    private long lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => fallback.GetStatistics();

    // Counting needs a round trip to Redis, so it is only done asynchronously; the rate limiting
    // middleware then calls AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new WindowLease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        if (!redis.IsConnected)
        {
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }

        try
        {
            var result = (RedisResult[]?)await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(Count,
                new { key = (RedisKey)key, windowMs = (long)window.TotalMilliseconds });
            var count = (long)result![0];
            var remaining = TimeSpan.FromMilliseconds(Math.Max((long)result[1], 0));
            return count <= permitLimit ? new WindowLease(true, null) : new WindowLease(false, remaining);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
