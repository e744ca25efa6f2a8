namespace HybridChat.Web.Infrastructure.Realtime;

public enum StreamFormat
{
    // /events: HTML fragments swapped by htmx, other events raised as named DOM events.
    Html,

    // /api/v1/events: every event named by its type with a JSON payload.
    Json,
}
