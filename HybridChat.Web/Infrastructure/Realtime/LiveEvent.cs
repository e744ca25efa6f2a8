using System.Text.Json;

namespace HybridChat.Web.Infrastructure.Realtime;

// One change for the live streams. The JSON stream (/api/v1/events) sends Type and Data; the
// htmx stream (/events) swaps Html in when there is some (<hx-partial> elements rendered once
// for every recipient), and otherwise raises Type as a DOM event that page parts listen for.
// ChangeId is set only for message changes: it is the SSE id a client resumes from.
public sealed record LiveEvent(string Type, object Data, string? Html = null, long? ChangeId = null)
{
    // Not an event: the shared heartbeat timer's turn to ping an idle stream.
    public static readonly LiveEvent Heartbeat = new("heartbeat", new { });

    public static readonly LiveEvent Resync = new(LiveEventTypes.StreamResync, new { });

    private string? json;

    // When a message change was written, to measure how long it took to reach the streams.
    public DateTime? OccurredAt { get; init; }

    // The JSON form, serialised once however many streams send it.
    public string JsonWith(JsonSerializerOptions options) => json ??= JsonSerializer.Serialize(Data, options);

    // Missing it leaves a client's view stale until it re-fetches (a typing notice just fades).
    public bool StaleIfMissed => ChangeId is null && Type != LiveEventTypes.Typing;
}
