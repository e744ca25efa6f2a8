namespace HybridChat.Bench.Baselines;

// The bench's own Kestrel baselines, run as a child process (`serve-baseline --urls ...`) so its
// memory can be measured apart from the client's: a bare SSE broadcast (in-memory channels, no
// auth, no database), a bare plaintext endpoint, and a minimal SignalR hub.
internal static class BaselineServer
{
    public const string Command = "serve-baseline";
    public const string SsePath = "/sse";
    public const string BroadcastPath = "/broadcast";
    public const string PlaintextPath = "/plaintext";
    public const string HubPath = "/hub";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<BareSseBroadcast>();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapGet(PlaintextPath, () => Results.Text("Hello, World!"));
        app.MapGet(SsePath, (HttpContext http, BareSseBroadcast broadcast) => broadcast.StreamAsync(http));
        app.MapPost(BroadcastPath, async (HttpRequest request, BareSseBroadcast broadcast) =>
        {
            using var reader = new StreamReader(request.Body);
            broadcast.Publish(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
            return Results.NoContent();
        });
        app.MapHub<BroadcastHub>(HubPath);
        await app.RunAsync();
    }
}
