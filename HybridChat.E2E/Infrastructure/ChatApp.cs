using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.E2E.Infrastructure;

// The real app on a real Kestrel port, with its own fresh data directory (SQLite database, mail).
public sealed class ChatApp : WebApplicationFactory<Program>
{
    // Made an admin when it signs up (Admin:Users); only the admin area's tests sign it up.
    public const string AdminName = "e2e-admin";

    // The accessibility tests' admin, so that they need not share (and race for) the one above.
    public const string AccessibilityAdminName = "e2e-a11y-admin";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("hybridchat-e2e-").FullName;

    public ChatApp() => UseKestrel(0);

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataDirectory", dataDirectory);
        // Every test signs people up and in from the same address.
        builder.UseSetting("RateLimits:AuthPermitsPerMinute", "100000");
        builder.UseSetting("RateLimits:MessagesPerTenSeconds", "100000");
        builder.UseSetting("Admin:Users:0", AdminName);
        builder.UseSetting("Admin:Users:1", AccessibilityAdminName);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
