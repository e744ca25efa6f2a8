using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using HybridChat.Data.Messaging;
using HybridChat.Data.Telemetry;
using HybridChat.Web.Features.Events;
using HybridChat.Web.Features.Messages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Realtime;

// Serves one live stream. A client resuming from a Last-Event-ID first gets the changes after it
// replayed from the change log; from then on message changes come from the node's follower
// (ChangeLogFollower) in id order, and anything the replay already sent is dropped by id, so the
// two can neither leave a gap nor send anything twice. After the replay, "stream.resync" tells a
// client whose other views may have gone stale to re-fetch them. The stream lives as long as the
// session it was opened with (StreamSession); when that ends it sends "session.expired" and closes.
public sealed class EventStreamer(
    ConnectionRegistry registry, IStreamCount streams, ChangeLogFollower follower, PresenceNotifier presence, MissedEventClock missed, IServiceScopeFactory scopes,
    IOptions<RealtimeOptions> options, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json, IHostApplicationLifetime lifetime,
    ChatMetrics metrics)
{
    private static readonly byte[] Heartbeat = ": ping\n\n"u8.ToArray();

    public async Task StreamAsync(HttpContext http, StreamSession session, StreamStart start, StreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(start);
        var userId = session.UserId;
        var connection = new StreamConnection(session, format, options.Value.StreamQueueCapacity, http.Abort);
        var onThisNode = registry.TryAdd(connection, options.Value.MaxStreamsPerUser);
        var admission = await streams.AdmitAsync(connection, onThisNode, options.Value.MaxStreamsPerUser);
        if (admission == StreamAdmission.Refused)
        {
            if (onThisNode != StreamAdmission.Refused)
            {
                registry.Remove(connection);
            }

            http.Response.Headers.RetryAfter = "30";
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many open streams",
                detail: $"You already have {options.Value.MaxStreamsPerUser} live streams open. Close a tab or an app, then try again.")
                .ExecuteAsync(http);
            return;
        }

        metrics.StreamOpened();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            if (admission == StreamAdmission.FirstOfUser)
            {
                await presence.CameOnlineAsync(userId);
            }

            // "Now" is fixed before the client sees the stream open: whatever it sends after that
            // has a later id and reaches it. The connection is registered already, so once the
            // follower is ready every change it reads reaches it; earlier ones are dropped by id.
            await follower.Ready.WaitAsync(stop.Token);
            var cursor = new ChangeCursor(start.LastEventId ?? await LatestChangeIdAsync(stop.Token));
            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(
                $"retry: {options.Value.ReconnectMilliseconds.ToString(CultureInfo.InvariantCulture)}\n\n"), stop.Token);
            await http.Response.Body.FlushAsync(stop.Token);
            await SseFormatter.WriteAsync(EventsAsync(connection, start, cursor, format, http.Response.Body, stop.Token), http.Response.Body, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left or the server is stopping: the stream simply ends.
        }
        finally
        {
            metrics.StreamClosed();
            if (connection.Overflowed)
            {
                metrics.SlowReaderCutOff();
            }

            if (await streams.RemoveAsync(connection, registry.Remove(connection)))
            {
                await presence.WentOfflineAsync(userId);
            }
        }
    }

    private async IAsyncEnumerable<SseItem<string>> EventsAsync(StreamConnection connection, StreamStart start, ChangeCursor cursor,
        StreamFormat format, Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (start.LastEventId is not null)
        {
            await foreach (var change in ReplayAsync(connection.UserId, cursor, format, cancellationToken))
            {
                metrics.ChangeReplayed();
                yield return Format(change, format);
            }
        }

        if (MayBeStale(connection.UserId, start))
        {
            yield return Format(LiveEvent.Resync, format);
        }

        while (await connection.Events.WaitToReadAsync(cancellationToken))
        {
            while (connection.Events.TryRead(out var liveEvent))
            {
                if (ReferenceEquals(liveEvent, LiveEvent.Heartbeat))
                {
                    // A comment line keeps proxies from closing an idle stream. The formatter is
                    // waiting for our next item, so nothing else writes to the body right now.
                    await body.WriteAsync(Heartbeat, cancellationToken);
                    await body.FlushAsync(cancellationToken);
                    continue;
                }

                if (liveEvent.ChangeId is { } changeId)
                {
                    // Sent already by the replay, or by the follower before a reconnect's replay.
                    if (changeId <= cursor.LastSent)
                    {
                        continue;
                    }

                    cursor.LastSent = changeId;
                }

                if (liveEvent.OccurredAt is { } occurredAt)
                {
                    metrics.Delivered(DateTime.UtcNow - occurredAt);
                }

                yield return Format(liveEvent, format);
            }
        }
    }

    // A client that says when its views were taken is told to re-fetch only if it missed something
    // since; one that only resumes has been away for an unknown time.
    private bool MayBeStale(int userId, StreamStart start) =>
        start.Since is { } since ? missed.HasEventsSince(userId, since) : start.LastEventId is not null;

    private async IAsyncEnumerable<LiveEvent> ReplayAsync(int userId, ChangeCursor cursor, StreamFormat format,
        [EnumeratorCancellation] CancellationToken cancellationToken)
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
                yield return await messageEvents.ForAsync(change, withHtml: format == StreamFormat.Html);
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
            : new SseItem<string>(liveEvent.JsonWith(json.Value.JsonSerializerOptions), liveEvent.Type) { EventId = id };
    }

    private sealed class ChangeCursor(long lastSent)
    {
        public long LastSent { get; set; } = lastSent;
    }
}
