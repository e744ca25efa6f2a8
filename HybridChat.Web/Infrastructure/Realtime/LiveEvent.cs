namespace HybridChat.Web.Infrastructure.Realtime;

// One change for the live streams. The JSON stream (/api/v1/events) sends Type and Data; the
// htmx stream (/events) swaps Html in when there is some (<hx-partial> elements rendered once
// for every recipient), and otherwise raises Type as a DOM event that page parts listen for.
// ChangeId is set only for message changes: it is the SSE id a client resumes from.
public sealed record LiveEvent(string Type, object Data, string? Html = null, long? ChangeId = null);
