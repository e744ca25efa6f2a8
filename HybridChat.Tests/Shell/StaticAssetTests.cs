using System.Net;
using System.Net.Http.Headers;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

public class StaticAssetTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Stylesheets_and_scripts_go_out_compressed_and_versioned_ones_are_cached_for_a_year()
    {
        using var session = app.NewSession();
        var page = await session.GetPageAsync("/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await session.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.True(asset.Contains("?v=", StringComparison.Ordinal), $"{asset} carries no version");
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        }
    }

    [Fact]
    public async Task Pages_are_not_compressed_because_they_carry_the_antiforgery_token()
    {
        using var session = app.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Login");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
