using System.Net;
using System.Net.Http.Headers;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HybridChat.Tests.Shell;

// Every kind of response carries the security headers; pages allow no inline script and only the
// layout's nonced style; cookies are Secure whenever the site is served over HTTPS.
public class SecurityHeadersTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Pages_fragments_api_streams_static_files_and_errors_all_carry_the_security_headers()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        using var fragment = new HttpRequestMessage(HttpMethod.Get, "/conversations/list");
        fragment.Headers.Add("HX-Request", "true");
        using var stream = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        stream.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ana.AccessToken);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await browser.Client.GetAsync($"/conversations/{chat}"),
            ["fragment"] = await browser.Client.SendAsync(fragment),
            ["api"] = await ana.GetAsync("me"),
            ["stream"] = await ana.Client.SendAsync(stream, HttpCompletionOption.ResponseHeadersRead),
            ["static file"] = await browser.Client.GetAsync("/css/base.css"),
            ["missing page"] = await browser.Client.GetAsync("/no-such-page"),
            ["api error"] = await ana.GetAsync("no-such-thing"),
        };

        foreach (var (kind, response) in responses)
        {
            using (response)
            {
                var csp = Header(response, "Content-Security-Policy");
                Assert.True(csp is not null, $"{kind} has no CSP");
                Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
                Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
                Assert.Equal("DENY", Header(response, "X-Frame-Options"));
                Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
                Assert.NotNull(Header(response, "Permissions-Policy"));
            }
        }
    }

    [Fact]
    public async Task The_only_inline_style_carries_the_nonce_of_its_response_and_no_inline_script_exists()
    {
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        using var response = await browser.Client.GetAsync($"/conversations/{chat}");
        var page = await WebSession.ParseAsync(response);
        var nonce = Header(response, "Content-Security-Policy")!.Split("'nonce-")[1].Split('\'')[0];

        Assert.All(page.QuerySelectorAll("style"), style => Assert.Equal(nonce, style.GetAttribute("nonce")));
        Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("[style], [onclick], [onload], [onerror]"));

        using var second = await browser.Client.GetAsync($"/conversations/{chat}");
        Assert.NotEqual(nonce, Header(second, "Content-Security-Policy")!.Split("'nonce-")[1].Split('\'')[0]);
    }

    [Fact]
    public async Task Cookies_are_Secure_over_HTTPS_and_not_over_plain_HTTP()
    {
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        using var overHttps = await https.GetAsync("/Identity/Account/Login");
        using var overHttp = await http.GetAsync("/Identity/Account/Login");

        Assert.NotEmpty(Cookies(overHttps));
        Assert.All(Cookies(overHttps), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.All(Cookies(overHttp), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;
}
