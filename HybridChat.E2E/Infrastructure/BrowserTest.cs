namespace HybridChat.E2E.Infrastructure;

// A fresh browser context and page per test; a screenshot of the page when the test fails.
public abstract class BrowserTest(AppFixture app) : IAsyncLifetime
{
    private IBrowserContext? context;

    protected IPage Page { get; private set; } = null!;

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

        await context.CloseAsync();
    }
}
