using System.Globalization;

namespace HybridChat.Web.Features.Events;

public static class LastEventId
{
    // Browsers and SSE libraries resend the last id in the Last-Event-ID header; clients that
    // cannot set headers may pass ?lastEventId= instead.
    public static long? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers["Last-Event-ID"].FirstOrDefault() ?? request.Query["lastEventId"].FirstOrDefault();
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
