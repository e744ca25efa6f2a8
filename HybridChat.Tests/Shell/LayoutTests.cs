using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

public class LayoutTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_visitor_sees_the_welcome_page_with_sign_up_and_log_in()
    {
        using var session = app.NewSession();

        var page = await session.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("a[href='/Identity/Account/Register']"));
        Assert.NotNull(page.QuerySelector("a[href='/Identity/Account/Login']"));
    }

    [Theory]
    [InlineData("/lib/htmx/htmx.min.js", "text/javascript")]
    [InlineData("/lib/htmx/hx-sse.min.js", "text/javascript")]
    [InlineData("/css/base.css", "text/css")]
    [InlineData("/js/site.js", "text/javascript")]
    public async Task The_web_root_serves_site_and_npm_files(string path, string contentType)
    {
        using var session = app.NewSession();

        using var response = await session.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Identity_pages_render_inside_the_site_layout_without_bootstrap_or_jquery()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var page = await session.GetPageAsync("/Identity/Account/Manage/ChangePassword");

        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector(".account-page form"));
        Assert.DoesNotContain("bootstrap", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jquery", page.Source.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_a_friendly_page()
    {
        using var session = app.NewSession();

        var page = await session.GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Contains("could not find that page", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }
}
