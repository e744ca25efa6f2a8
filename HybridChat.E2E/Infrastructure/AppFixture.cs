namespace HybridChat.E2E.Infrastructure;

// One app and one browser for the whole run; each test gets its own browser context.
public sealed class AppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        // A microphone that plays a tone and a camera that shows a test pattern, allowed without
        // asking (voice notes, calls); calls between two contexts of this one browser connect
        // by the machine's own addresses, which are not hidden behind mDNS names.
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--disable-features=WebRtcHideLocalIpsWithMdns", "--allow-loopback-in-peer-connection",
    ];

    private readonly ChatApp app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        BaseAddress = app.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    // A reader somewhere else in the world: their time zone and locale instead of the machine's.
    public Task<IBrowserContext> NewContextAsync(string? timezoneId = null, string? locale = null) =>
        Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ColorScheme = ColorScheme.Light, TimezoneId = timezoneId, Locale = locale });

    private IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
