using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using HybridChat.Jobs.Notifications;
using HybridChat.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Notifications;

public static class NotificationSteps
{
    // The app with pushes allowed to a plain-http push service on loopback.
    public static ChatApp AppForLoopbackPushes()
    {
        var app = new ChatApp();
        app.Settings["Notifications:AllowHttpPushEndpoints"] = "true";
        return app;
    }

    // A subscription as PushSubscription.toJSON() gives it: real keys, since pushes are encrypted for them.
    public static object NewSubscription(string endpoint)
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return new
        {
            endpoint,
            expirationTime = (string?)null,
            keys = new { p256dh = Base64Url.EncodeToString([0x04, .. point.X!, .. point.Y!]), auth = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)) },
        };
    }

    public static async Task SubscribeAsync(this ApiSession api, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var registered = await api.PostAsync("push-subscriptions", NewSubscription(endpoint));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    // Runs the push job of a message to its end, as Hangfire does after the send: once it has
    // returned, every push it was going to send has been sent.
    public static async Task RunPushJobAsync(this ChatApp app, long messageId)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebPushJob>().RunAsync(messageId, CancellationToken.None);
    }
}
