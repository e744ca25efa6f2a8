using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// Two published nodes sharing one database and one Redis, for tests that leave both running.
public sealed class Cluster : IAsyncLifetime
{
    public const int MaxStreamsPerUser = 2;

    public TwoNodes Nodes { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Nodes = await TwoNodes.StartAsync(new Dictionary<string, string>
    {
        ["Realtime__MaxStreamsPerUser"] = MaxStreamsPerUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Realtime__HeartbeatSeconds"] = "1",
    });

    public ValueTask DisposeAsync() => Nodes.DisposeAsync();
}

public static class ClusterSteps
{
    public static ApiSession NewApiSession(this PublishedApp node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ApiSession(node.NewClient());
    }

    // The same person signed in on another node (another device, or the balancer sent them there).
    public static async Task<ApiSession> SignInOnAsync(this ApiSession api, PublishedApp node)
    {
        ArgumentNullException.ThrowIfNull(api);
        var there = node.NewApiSession();
        await there.SignInAsync(api.UserName!);
        return there;
    }

    // Ana signed up on the first node, Ben on the second, friends with a chat.
    public static async Task<(ApiSession Ana, ApiSession Ben, int ChatId)> TwoFriendsOnTwoNodesAsync(this TwoNodes nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var ana = nodes.First.NewApiSession();
        var ben = nodes.Second.NewApiSession();
        await ana.SignUpAsync("ana");
        await ben.SignUpAsync("ben");
        await ana.BefriendAsync(ben);
        return (ana, ben, await ana.OpenDirectChatAsync(ben));
    }

    public static async Task<List<string>> TextsOfNextMessagesAsync(this EventStreamClient stream, int count) =>
        [.. (await stream.NextMessagesAsync(count)).Select(e => e.Data["text"]!.GetValue<string>())];

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting until {what}.");
            await Task.Delay(200);
        }
    }

    public static async Task<string> ReadinessAsync(this PublishedApp node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var client = node.NewClient();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}";
    }
}
