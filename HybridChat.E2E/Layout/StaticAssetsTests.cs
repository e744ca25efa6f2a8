using System.Collections.Concurrent;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Layout;

public class StaticAssetsTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_layout_loads_htmx_site_script_and_stylesheets_without_failed_requests()
    {
        var failed = new ConcurrentQueue<string>();
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Enqueue($"{response.Status} {response.Url}");
            }
        };
        Page.RequestFailed += (_, request) => failed.Enqueue($"{request.Failure} {request.Url}");

        await Page.GotoAsync("/");

        Assert.Equal("object", await Page.EvaluateAsync<string>("typeof window.htmx"));
        // base.css sets the page background from its --bg custom property (light scheme: #f7f7fb).
        await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(247, 247, 251)");
        Assert.Empty(failed);
    }
}
