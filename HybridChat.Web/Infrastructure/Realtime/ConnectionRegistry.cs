using System.Collections.Concurrent;
using HybridChat.Data.Entities;
using HybridChat.Data.Telemetry;

namespace HybridChat.Web.Infrastructure.Realtime;

// The live streams open on this node, by user. Knows who is online here.
public enum StreamAdmission
{
    Admitted,
    // The user just came online.
    FirstOfUser,
    Refused,
}

public sealed class ConnectionRegistry(MissedEventClock missed, ChatMetrics metrics) : IPresence
{
    private readonly ConcurrentDictionary<int, HashSet<StreamConnection>> byUser = new();

    public StreamAdmission TryAdd(StreamConnection connection, int maxPerUser)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var connections = byUser.GetOrAdd(connection.UserId, _ => []);
        lock (connections)
        {
            if (connections.Count >= maxPerUser)
            {
                return StreamAdmission.Refused;
            }

            connections.Add(connection);
            byUser[connection.UserId] = connections;
            return connections.Count == 1 ? StreamAdmission.FirstOfUser : StreamAdmission.Admitted;
        }
    }

    // True when that was the user's last open stream (they just went offline).
    public bool Remove(StreamConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!byUser.TryGetValue(connection.UserId, out var connections))
        {
            return false;
        }

        lock (connections)
        {
            connections.Remove(connection);
            if (connections.Count > 0)
            {
                return false;
            }

            byUser.TryRemove(new KeyValuePair<int, HashSet<StreamConnection>>(connection.UserId, connections));
            return true;
        }
    }

    public void Deliver(IReadOnlyCollection<int> userIds, LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var userId in userIds.Distinct())
        {
            Deliver(userId, liveEvent);
        }
    }

    public void Deliver(int userId, LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        if (liveEvent.StaleIfMissed)
        {
            missed.Record(userId);
        }

        if (byUser.TryGetValue(userId, out var connections))
        {
            var recipients = Snapshot(connections);
            foreach (var connection in recipients)
            {
                connection.Deliver(liveEvent);
            }

            metrics.EventsFannedOut(recipients.Length);
        }
    }

    public void EndSessions(SessionEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        if (byUser.TryGetValue(end.UserId, out var connections))
        {
            foreach (var connection in Snapshot(connections).Where(c => end.Ends(c.Session)))
            {
                connection.End(end.Reason);
            }
        }
    }

    // The heartbeat's turn: idle streams get a ping, and a stream whose access token expires before
    // the next turn ends now, so none ever delivers on an expired token.
    public void Tick(DateTimeOffset nextTick)
    {
        foreach (var (_, connections) in byUser)
        {
            foreach (var connection in Snapshot(connections))
            {
                if (connection.Session.ExpiresAt <= nextTick)
                {
                    connection.End(SessionEnd.TokenExpired);
                }
                else
                {
                    connection.Ping();
                }
            }
        }
    }

    public IReadOnlyCollection<int> OnlineUserIds() => [.. byUser.Keys];

    // No stream is open on this node: nothing here needs any event.
    public bool IsEmpty => byUser.IsEmpty;

    // Whether any of these users has a stream open on this node, and whether one of those is a
    // browser's, which shows message changes as HTML.
    public (bool Any, bool Html) StreamsOf(IEnumerable<int> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var any = false;
        foreach (var userId in userIds)
        {
            if (!byUser.TryGetValue(userId, out var connections))
            {
                continue;
            }

            lock (connections)
            {
                foreach (var connection in connections)
                {
                    any = true;
                    if (connection.Format == StreamFormat.Html)
                    {
                        return (true, true);
                    }
                }
            }
        }

        return (any, false);
    }

    public IReadOnlyCollection<StreamConnection> Connections() => [.. byUser.Values.SelectMany(Snapshot)];

    // After events may have been lost on the way from other nodes: every stream here re-fetches.
    public void ResyncAll()
    {
        foreach (var connection in Connections())
        {
            connection.Deliver(LiveEvent.Resync);
        }
    }

    public int OpenStreams => byUser.Values.Sum(connections =>
    {
        lock (connections)
        {
            return connections.Count;
        }
    });

    public bool IsOnline(int userId) => byUser.TryGetValue(userId, out var connections) && connections.Count > 0;

    public bool IsOnlineAnywhere(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsOnline(user.Id);
    }

    // Delivering outside the lock: a stream that overflows hangs up, which must not block the set.
    private static StreamConnection[] Snapshot(HashSet<StreamConnection> connections)
    {
        lock (connections)
        {
            return [.. connections];
        }
    }
}
