using System.Net;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HybridChat.Tests.Operations;

// A TLS proxy says the visitor came over https to chat.example.test: believed from a configured
// proxy only. Seen in the sign-in redirect (an absolute link) and the Secure flag of cookies.
public class ForwardedHeadersTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("203.0.113.7");

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "203.0.113.7")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "203.0.113.0/24")]
    [InlineData("ReverseProxy:KnownProxies:0", "203.0.113.7")]
    public async Task A_known_proxys_forwarded_proto_and_host_give_https_links_and_secure_cookies(string setting, string proxy)
    {
        await using var app = new ChatApp { ClientAddress = Proxy };
        app.Settings[setting] = proxy;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var redirect = await client.SendAsync(ThroughTlsProxy("/conversations"));
        using var loginPage = await client.SendAsync(ThroughTlsProxy("/Identity/Account/Login"));

        Assert.StartsWith("https://chat.example.test/Identity/Account/Login", redirect.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
        Assert.All(loginPage.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_proto_and_host_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        await using var app = new ChatApp { ClientAddress = Proxy };
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var redirect = await client.SendAsync(ThroughTlsProxy("/conversations"));
        using var loginPage = await client.SendAsync(ThroughTlsProxy("/Identity/Account/Login"));

        Assert.StartsWith("http://localhost/Identity/Account/Login", redirect.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
        Assert.All(loginPage.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    private static HttpRequestMessage ThroughTlsProxy(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", "198.51.100.1");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "chat.example.test");
        return request;
    }
}
