using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// Serves one live stream. Message changes always come from the change log, in id order, from
// the client's Last-Event-ID on: a live message event only says "there is more to read", so the
// replay and the live part can neither leave a gap nor send anything twice.
public sealed class EventStreamer(
    ConnectionRegistry registry, PresenceNotifier presence, IServiceScopeFactory scopes,
    IOptions<RealtimeOptions> options, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json, IHostApplicationLifetime lifetime)
{
    private static readonly byte[] Heartbeat = ": ping\n\n"u8.ToArray();

    public async Task StreamAsync(HttpContext http, int userId, long? lastEventId, StreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var connection = new StreamConnection(userId, options.Value.StreamQueueCapacity, http.Abort);
        if (registry.Add(connection))
        {
            await presence.CameOnlineAsync(userId);
        }

        try
        {
            await http.Response.Body.FlushAsync(stop.Token);
            await SseFormatter.WriteAsync(EventsAsync(connection, lastEventId, format, http.Response.Body, stop.Token), http.Response.Body, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left or the server is stopping: the stream simply ends.
        }
        finally
        {
            if (registry.Remove(connection))
            {
                await presence.WentOfflineAsync(userId);
            }
        }
    }

    private async IAsyncEnumerable<SseItem<string>> EventsAsync(StreamConnection connection, long? lastEventId, StreamFormat format,
        Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = new ChangeCursor(lastEventId ?? await LatestChangeIdAsync(cancellationToken));
        await foreach (var missed in CatchUpAsync(connection.UserId, cursor, cancellationToken))
        {
            yield return Format(missed, format);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var next = await WaitAsync(connection, body, cancellationToken);
            if (next == Wait.Closed)
            {
                yield break;
            }

            var behind = false;
            while (connection.Events.TryRead(out var liveEvent))
            {
                if (liveEvent.ChangeId is { } changeId)
                {
                    behind |= changeId > cursor.LastSent;
                    continue;
                }

                yield return Format(liveEvent, format);
            }

            if (behind)
            {
                await foreach (var change in CatchUpAsync(connection.UserId, cursor, cancellationToken))
                {
                    yield return Format(change, format);
                }
            }
        }
    }

    private async Task<Wait> WaitAsync(StreamConnection connection, Stream body, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds));
            try
            {
                return await connection.Events.WaitToReadAsync(idle.Token) ? Wait.Ready : Wait.Closed;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Idle: a comment line keeps proxies from closing the stream. The formatter is
                // waiting for our next item, so nothing else writes to the body right now.
                await body.WriteAsync(Heartbeat, cancellationToken);
                await body.FlushAsync(cancellationToken);
            }
        }
    }

    private async IAsyncEnumerable<LiveEvent> CatchUpAsync(int userId, ChangeCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batchSize = options.Value.CatchUpBatchSize;
        int read;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var changes = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().ReadAsync(userId, cursor.LastSent, batchSize, cancellationToken);
            var messageEvents = scope.ServiceProvider.GetRequiredService<MessageEvents>();
            read = changes.Count;
            foreach (var change in changes)
            {
                cursor.LastSent = change.Id;
                yield return await messageEvents.ForAsync(change);
            }
        }
        while (read == batchSize);
    }

    private async Task<long> LatestChangeIdAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChangeFeed>().LatestChangeIdAsync(cancellationToken);
    }

    private SseItem<string> Format(LiveEvent liveEvent, StreamFormat format)
    {
        var id = liveEvent.ChangeId?.ToString(CultureInfo.InvariantCulture);
        return format == StreamFormat.Html && liveEvent.Html is not null
            ? new SseItem<string>(liveEvent.Html) { EventId = id }
            : new SseItem<string>(JsonSerializer.Serialize(liveEvent.Data, json.Value.JsonSerializerOptions), liveEvent.Type) { EventId = id };
    }

    private enum Wait
    {
        Ready,
        Closed,
    }

    private sealed class ChangeCursor(long lastSent)
    {
        public long LastSent { get; set; } = lastSent;
    }
}
