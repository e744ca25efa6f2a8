using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Api;

public class CorsTests
{
    [Fact]
    public async Task Cross_origin_calls_are_closed_by_default()
    {
        await using var app = new ChatApp();
        using var api = app.NewApiSession();

        using var preflight = await api.Client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_may_call_the_API()
    {
        await using var app = new ChatApp();
        app.Settings["Cors:AllowedOrigins:0"] = "https://app.example";
        using var api = app.NewApiSession();

        using var allowed = await api.Client.SendAsync(Preflight("https://app.example"));
        using var other = await api.Client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal("https://app.example", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/auth/token");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
