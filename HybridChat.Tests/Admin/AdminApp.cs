using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Admin;

// The app on Kestrel (live streams need real sockets) with one admin named in configuration,
// who signs up once for the whole class and is made an admin then.
public sealed class AdminApp : IAsyncLifetime
{
    public string AdminName { get; } = AccountSteps.UniqueName("root");

    public ChatApp App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Settings["Admin:Users:0"] = AdminName;
        App.Settings["Realtime:HeartbeatSeconds"] = "1";
        App.StartKestrel();
        using var session = App.NewSession();
        using var registered = await session.RegisterAsync(AdminName);
    }

    public async Task<WebSession> AdminSessionAsync()
    {
        var session = App.NewSession();
        using var loggedIn = await session.LogInAsync(AdminName);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, loggedIn.StatusCode);
        return session;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
