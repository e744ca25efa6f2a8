using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// The app on a real Kestrel port, so live streams run over real sockets.
public sealed class LiveApp : IAsyncLifetime
{
    public ChatApp App { get; } = new();

    public ValueTask InitializeAsync()
    {
        App.Settings["RateLimits:MessagesPerTenSeconds"] = "100000";
        App.Settings["Realtime:HeartbeatSeconds"] = "1";
        App.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
