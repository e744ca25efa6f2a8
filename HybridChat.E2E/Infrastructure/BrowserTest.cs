namespace HybridChat.E2E.Infrastructure;

// A fresh browser context and page per test; a screenshot of the page when the test fails.
public abstract class BrowserTest(AppFixture app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> others = [];
    private IBrowserContext? context;

    protected IPage Page { get; private set; } = null!;

    protected Uri BaseAddress => app.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        context = await app.NewContextAsync();
        Page = await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (context is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            var name = TestContext.Current.TestMethod?.MethodName ?? "unknown-test";
            await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("failures", $"{name}.png"), FullPage = true });
        }

        foreach (var other in others)
        {
            await other.CloseAsync();
        }

        await context.CloseAsync();
    }

    // Another person at another browser: their own context, cookies and page.
    protected async Task<(IBrowserContext Context, IPage Page)> AnotherPersonAsync(string? timezoneId = null, string? locale = null)
    {
        var other = await app.NewContextAsync(timezoneId, locale);
        others.Add(other);
        return (other, await other.NewPageAsync());
    }
}
