namespace HybridChat.Tests.Infrastructure;

// Two published nodes of one cluster, as the README's "Running several nodes" configures them: one
// database, one Redis, one signing key, shared data-protection keys and media.
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(RedisServer redis)
    {
        Redis = redis;
        First = new PublishedApp();
        Second = new PublishedApp();
        foreach (var node in (PublishedApp[])[First, Second])
        {
            node.Environment["Realtime__Redis"] = redis.Configuration;
            node.Environment["Auth__SigningKey"] = First.Environment["Auth__SigningKey"];
            // Every test client comes from 127.0.0.1, and the nodes count sign-ins together.
            node.Environment["RateLimits__AuthPermitsPerMinute"] = "100000";
        }

        ShareDatabase(First, Second);
    }

    public RedisServer Redis { get; }

    public PublishedApp First { get; }

    public PublishedApp Second { get; }

    // Settings for both nodes (e.g. "Realtime__MaxStreamsPerUser").
    public static async Task<TwoNodes> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var nodes = new TwoNodes(await RedisServer.StartNewAsync());
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            nodes.First.Environment[name] = value;
            nodes.Second.Environment[name] = value;
        }

        try
        {
            await nodes.First.StartAsync();
            await nodes.Second.StartAsync();
            return nodes;
        }
        catch
        {
            // A fixture that fails to start is never disposed by xUnit: stop what did start.
            await nodes.DisposeAsync();
            throw;
        }
    }

    // The one place the cluster's database is chosen: the first node's. Both nodes use one data
    // directory (the media, and with SQLite the database file, WAL working across processes on one
    // machine, and the data-protection keys); on PostgreSQL both connect to the first node's database,
    // which then also holds the keys.
    private static void ShareDatabase(PublishedApp first, PublishedApp second)
    {
        second.Environment["DataDirectory"] = first.DataDirectory;
        foreach (var (key, value) in TestDatabase.SettingsFor(first.DataDirectory))
        {
            second.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
