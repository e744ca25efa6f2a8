using System.Collections.Concurrent;

namespace HybridChat.Web.Infrastructure.Realtime;

// Remembers, per user, when this node last had a live event for them that streams cannot replay
// (presence, friend requests, membership, read markers). A stream that opens "since" a moment
// (the page's render time) learns from it whether the page may be stale and must re-fetch its
// parts: the answer errs towards yes (a node restarted since, clocks a little apart).
public sealed class MissedEventClock(TimeProvider clock)
{
    // Nodes behind one balancer (with NTP) disagree on the time by far less than this.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<int, long> lastEventAt = new();
    private readonly DateTimeOffset startedAt = clock.GetUtcNow();

    public void Record(int userId) => lastEventAt[userId] = clock.GetUtcNow().ToUnixTimeMilliseconds();

    public bool HasEventsSince(int userId, DateTimeOffset since)
    {
        var from = since - ClockSkew;
        return from < startedAt
            || (lastEventAt.TryGetValue(userId, out var at) && at >= from.ToUnixTimeMilliseconds());
    }
}
