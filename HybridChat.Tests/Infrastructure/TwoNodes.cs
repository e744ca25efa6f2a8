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

        await nodes.First.StartAsync();
        await nodes.Second.StartAsync();
        return nodes;
    }

    // The one place the cluster's database is chosen. SQLite for now: one database file in a data
    // directory both nodes use (WAL works across processes on one machine), which also holds the
    // data-protection keys and the media. With a server database, point both nodes at it here.
    private static void ShareDatabase(PublishedApp first, PublishedApp second) =>
        second.Environment["DataDirectory"] = first.DataDirectory;

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
