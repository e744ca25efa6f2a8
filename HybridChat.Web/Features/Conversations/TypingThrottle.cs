using System.Collections.Concurrent;

namespace HybridChat.Web.Features.Conversations;

// At most one typing notice per person and conversation every Window: clients send one every few
// seconds while typing, and a burst from a broken or hostile client must not fan out to the room.
public sealed class TypingThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);
    private const int PurgeAbove = 10_000;

    private readonly ConcurrentDictionary<(int ConversationId, int UserId), long> lastSent = new();

    public bool TryPass(int conversationId, int userId)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var key = (conversationId, userId);
        while (true)
        {
            if (!lastSent.TryGetValue(key, out var at))
            {
                if (lastSent.TryAdd(key, now))
                {
                    Purge(now);
                    return true;
                }

                continue;
            }

            if (now - at < Window.TotalMilliseconds)
            {
                return false;
            }

            if (lastSent.TryUpdate(key, now, at))
            {
                return true;
            }
        }
    }

    private void Purge(long now)
    {
        if (lastSent.Count <= PurgeAbove)
        {
            return;
        }

        foreach (var (key, at) in lastSent)
        {
            if (now - at >= Window.TotalMilliseconds)
            {
                lastSent.TryRemove(new KeyValuePair<(int, int), long>(key, at));
            }
        }
    }
}
