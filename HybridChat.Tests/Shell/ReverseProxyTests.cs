using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

// Observed through the per-address sign-in limit: the address the app believes is the bucket it counts in.
public class ReverseProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task X_Forwarded_For_from_an_address_that_is_not_a_known_proxy_is_ignored()
    {
        await using var app = new ChatApp { ClientAddress = Proxy };
        app.Settings["RateLimits:AuthPermitsPerMinute"] = "2";
        using var api = app.NewApiSession();

        using var first = await SignInFromAsync(api, "198.51.100.1");
        using var second = await SignInFromAsync(api, "198.51.100.2");
        using var third = await SignInFromAsync(api, "198.51.100.3");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        await third.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("ReverseProxy:KnownProxies:0", "203.0.113.7")]
    [InlineData("ReverseProxy:KnownNetworks:0", "203.0.113.0/24")]
    public async Task X_Forwarded_For_from_a_configured_proxy_names_the_client(string setting, string proxy)
    {
        await using var app = new ChatApp { ClientAddress = Proxy };
        app.Settings["RateLimits:AuthPermitsPerMinute"] = "2";
        app.Settings[setting] = proxy;
        using var api = app.NewApiSession();

        foreach (var client in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.1" })
        {
            using var counted = await SignInFromAsync(api, client);
            Assert.Equal(HttpStatusCode.Unauthorized, counted.StatusCode);
        }

        using var limited = await SignInFromAsync(api, "198.51.100.1");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    private static Task<HttpResponseMessage> SignInFromAsync(ApiSession api, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName = "someone", password = "some password" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return api.Client.SendAsync(request);
    }
}
