using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HybridChat.Tests.Notifications;

public record PushRequest(string Path, string? Authorization, string? Ttl, string? ContentEncoding, string? Topic, byte[] Body);

// Plays a push service (FCM, Mozilla's autopush...) on loopback: records every push it is sent
// and answers with Status (201 Created, as they do, or 410 Gone for an expired subscription).
public sealed class LoopbackPushService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<PushRequest> received = new();

    private LoopbackPushService(WebApplication app) => this.app = app;

    public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;

    public IReadOnlyCollection<PushRequest> Received => received;

    public Uri Address { get; private set; } = null!;

    // A subscription endpoint of this push service, as a browser would be handed one.
    public string NewEndpoint() => new Uri(Address, $"/push/{Guid.NewGuid():N}").ToString();

    public static async Task<LoopbackPushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new LoopbackPushService(app);
        app.MapPost("/push/{id}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var headers = http.Request.Headers;
            service.received.Enqueue(new PushRequest(http.Request.Path, headers.Authorization, headers["TTL"], headers.ContentEncoding, headers["Topic"], body.ToArray()));
            return Results.StatusCode((int)service.Status);
        });
        await app.StartAsync();
        service.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
