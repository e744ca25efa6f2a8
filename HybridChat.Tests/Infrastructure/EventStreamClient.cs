using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace HybridChat.Tests.Infrastructure;

public record ReceivedEvent(string Type, string? Id, string RawData)
{
    public JsonObject Data => JsonNode.Parse(RawData)!.AsObject();

    // presence.changed carries everyone whose state changed since the last one.
    public IReadOnlyList<JsonObject> PresenceUsers => [.. Data["users"]!.AsArray().Select(u => u!.AsObject())];
}

// A real SSE client on GET /api/v1/events: reads the stream in the background, as an app would.
public sealed class EventStreamClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Channel<ReceivedEvent> received = Channel.CreateUnbounded<ReceivedEvent>();
    private readonly CancellationTokenSource stop = new();
    private readonly HttpResponseMessage response;
    private readonly Task reading;

    // Set when the stream came through a contract-checking client: each event read is checked.
    private readonly ApiContract? contract;

    private EventStreamClient(HttpResponseMessage response)
    {
        this.response = response;
        contract = response.RequestMessage?.Options.TryGetValue(ApiContract.RequestOption, out var checking) == true ? checking : null;
        reading = Task.Run(ReadAsync);
    }

    public string? LastEventId { get; private set; }

    public Task Ended => reading;

    public static Task<EventStreamClient> OpenAsync(HttpClient client, string accessToken, string? lastEventId = null) =>
        OpenAsync(client, "/api/v1/events", accessToken, lastEventId);

    // The browser's stream (/events) rides on the session cookie the client already holds.
    public static Task<EventStreamClient> OpenWebAsync(HttpClient client, string? lastEventId = null) =>
        OpenAsync(client, "/events", accessToken: null, lastEventId);

    // A stream URL as a page gives it (e.g. "/events?lastEventId=12&since=..."), or an app builds it.
    public static Task<EventStreamClient> OpenUrlAsync(HttpClient client, string url, string? accessToken = null) =>
        OpenAsync(client, url, accessToken, lastEventId: null);

    private static async Task<EventStreamClient> OpenAsync(HttpClient client, string path, string? accessToken, string? lastEventId)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStreamClient(response);
    }

    public async Task<ReceivedEvent> NextAsync(string? type = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var next = await received.Reader.ReadAsync(timeout.Token);
            if (contract?.CheckEvent(next.Type, next.Id, next.RawData) is { } problem)
            {
                throw new ContractViolationException(problem);
            }

            if (type is null || next.Type == type)
            {
                return next;
            }
        }
    }

    public async Task<List<ReceivedEvent>> NextMessagesAsync(int count)
    {
        var events = new List<ReceivedEvent>();
        while (events.Count < count)
        {
            var next = await NextAsync();
            if (next.Type.StartsWith("message.", StringComparison.Ordinal))
            {
                events.Add(next);
            }
        }

        return events;
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(stop.Token);
            await foreach (var item in SseParser.Create(body).EnumerateAsync(stop.Token))
            {
                LastEventId = string.IsNullOrEmpty(item.EventId) ? LastEventId : item.EventId;
                await received.Writer.WriteAsync(new ReceivedEvent(item.EventType, item.EventId, item.Data));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // The stream was closed by us or by the server.
        }
        finally
        {
            received.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        response.Dispose();
        await reading;
        stop.Dispose();
    }
}
