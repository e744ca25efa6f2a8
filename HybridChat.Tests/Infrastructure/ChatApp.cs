using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HybridChat.Tests.Infrastructure;

// The real app over HTTP, with its own data directory and mail folder and a fresh database (see TestDatabase) per instance.
public sealed class ChatApp : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));

    // For a restart: the next instance opens the same data directory.
    public bool KeepDataDirectory { get; init; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    public Dictionary<string, string> Settings { get; } = [];

    public Action<IWebHostBuilder>? ConfigureHost { get; set; }

    // The address every request seems to come from (the in-memory server has none), to act out
    // clients and reverse proxies on other machines.
    public IPAddress? ClientAddress { get; set; }

    private Uri? kestrelAddress;

    private Task<ApiContract>? contract;

    public ApiSession NewApiSession() => new(kestrelAddress is null
        ? CreateDefaultClient(new ContractCheckingHandler(ContractAsync))
        : new HttpClient(new ContractCheckingHandler(ContractAsync) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } })
        { BaseAddress = kestrelAddress });

    // The app's OpenAPI document, read once; every test client checks the API's answers against it.
    public Task<ApiContract> ContractAsync() => contract ??= LoadContractAsync();

    private async Task<ApiContract> LoadContractAsync()
    {
        using var client = kestrelAddress is null ? CreateDefaultClient() : new HttpClient { BaseAddress = kestrelAddress };
        return new ApiContract(JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject());
    }

    // Some behaviour (request body limits, live streams over real sockets) needs Kestrel, not the
    // in-memory test server; after this, API sessions talk to it over loopback.
    public Uri StartKestrel()
    {
        if (kestrelAddress is null)
        {
            UseKestrel(0);
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            kestrelAddress = new Uri(addresses.Addresses.First());
        }

        return kestrelAddress;
    }

    public WebSession NewSession() => new(kestrelAddress is null
        ? CreateDefaultClient(new ContractCheckingHandler(ContractAsync), new CookieContainerHandler())
        : new HttpClient(new ContractCheckingHandler(ContractAsync) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true } })
        { BaseAddress = kestrelAddress });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", DataDirectory);
        // Tests sign up many users from one address and send in bursts; rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:AuthPermitsPerMinute", Settings.GetValueOrDefault("RateLimits:AuthPermitsPerMinute", "100000"));
        builder.UseSetting("RateLimits:MessagesPerTenSeconds", Settings.GetValueOrDefault("RateLimits:MessagesPerTenSeconds", "100000"));
        // Jobs run promptly and retry within a second; disposing an app does not wait for its workers.
        builder.UseSetting("Jobs:SchedulePollingSeconds", "0.2");
        builder.UseSetting("Jobs:ShutdownTimeoutSeconds", "1");
        builder.UseSetting("Jobs:RetryDelaysSeconds:0", "1");
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory).Concat(Settings))
        {
            builder.UseSetting(key, value);
        }

        if (ClientAddress is { } address)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressStartupFilter(address)));
        }

        ConfigureHost?.Invoke(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepDataDirectory)
        {
            await TestDatabase.DropAsync(DataDirectory);
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}
