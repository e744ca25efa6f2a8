using System.Globalization;

namespace HybridChat.Web.Features.Events;

// Where a client's stream starts. LastEventId: the last message change it has (browsers and SSE
// libraries resend it in the Last-Event-ID header; clients that cannot set headers pass
// ?lastEventId=, e.g. a page's or a history response's stream position). Since: when the client's
// view of everything else was taken (?since=, Unix milliseconds), to tell whether it must re-fetch.
public sealed record StreamStart(long? LastEventId, DateTimeOffset? Since)
{
    public static StreamStart From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lastEventId = request.Headers["Last-Event-ID"].FirstOrDefault() ?? request.Query["lastEventId"].FirstOrDefault();
        return new StreamStart(ParseLong(lastEventId), ParseLong(request.Query["since"].FirstOrDefault()) is { } ms && ms <= MaxUnixMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    private static long? ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
