using System.Globalization;
using HybridChat.Data.Messaging;

namespace HybridChat.Web.Infrastructure.Realtime;

// The change-log position a response was built from, captured before it reads what it shows. A
// stream opened from it replays exactly the message changes the response could not include, so
// nothing sent while a page loads (or an app fetches history) is lost. Changes the response did
// include may be replayed as well: clients treat message events as upserts by id.
public sealed class StreamPosition(ChangeFeed feed, TimeProvider clock)
{
    private long? changeId;
    private DateTimeOffset capturedAt;

    public long? ChangeId => changeId;

    public async Task<long> CaptureAsync(CancellationToken cancellationToken = default)
    {
        if (changeId is null)
        {
            capturedAt = clock.GetUtcNow();
            changeId = await feed.LatestChangeIdAsync(cancellationToken);
        }

        return changeId.Value;
    }

    // The browser stream a page opens: from its position, and re-fetching its other parts only if
    // something that cannot be replayed happened since it was captured.
    public string BrowserStreamUrl => changeId is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"/events?lastEventId={id}&since={capturedAt.ToUnixTimeMilliseconds()}")
        : "/events";
}
