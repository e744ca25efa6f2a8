using System.Net;
using System.Net.Http.Json;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// A client whose requests a balancer spreads over two nodes gets each limit once, not once per node.
public class ClusterRateLimitTests
{
    private static readonly Dictionary<string, string> FourAttemptsAMinute = new() { ["RateLimits__AuthPermitsPerMinute"] = "4" };

    [Fact]
    public async Task Sign_in_attempts_on_both_nodes_count_toward_one_limit()
    {
        await using var nodes = await TwoNodes.StartAsync(FourAttemptsAMinute);

        foreach (var node in (PublishedApp[])[nodes.First, nodes.Second, nodes.First, nodes.Second])
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await WrongSignInAsync(node));
        }

        using var client = nodes.Second.NewClient();
        using var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "wrong password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongSignInAsync(nodes.First));
    }

    [Fact]
    public async Task Without_Redis_each_node_still_answers_and_limits_on_its_own()
    {
        await using var nodes = await TwoNodes.StartAsync(FourAttemptsAMinute);
        await nodes.Redis.StopAsync();
        await ClusterSteps.WaitUntilAsync(async () => await nodes.First.ReadinessAsync() == "200 Degraded", "the first node reports Redis missing");

        for (var attempt = 0; attempt < 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await WrongSignInAsync(nodes.First));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongSignInAsync(nodes.First));
        Assert.Equal(HttpStatusCode.Unauthorized, await WrongSignInAsync(nodes.Second));
    }

    private static async Task<HttpStatusCode> WrongSignInAsync(PublishedApp node)
    {
        using var client = node.NewClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "wrong password" });
        return response.StatusCode;
    }
}
