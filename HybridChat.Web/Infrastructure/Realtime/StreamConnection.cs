using System.Threading.Channels;

namespace HybridChat.Web.Infrastructure.Realtime;

// One open live stream (a browser tab or an app). Its queue is bounded: a client that cannot keep
// up is disconnected rather than allowed to grow memory, and catches up from the database.
public sealed class StreamConnection(StreamSession session, StreamFormat format, int capacity, Action hangUp)
{
    private readonly Channel<LiveEvent> queue = Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int ended;

    public StreamSession Session { get; } = session;

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public int UserId => Session.UserId;

    // A browser's stream (HTML) needs each message change rendered; an app's (JSON) does not.
    public StreamFormat Format { get; } = format;

    public bool Overflowed { get; private set; }

    public ChannelReader<LiveEvent> Events => queue.Reader;

    // From the shared heartbeat timer. A full queue means the stream is busy, not idle: no ping needed.
    public void Ping() => queue.Writer.TryWrite(LiveEvent.Heartbeat);

    public void Deliver(LiveEvent liveEvent)
    {
        if (!queue.Writer.TryWrite(liveEvent) && Volatile.Read(ref ended) == 0)
        {
            Overflowed = true;
            queue.Writer.TryComplete();
            // The stream may be stuck writing to a client that stopped reading; only closing the
            // connection frees it.
            hangUp();
        }
    }

    // The session ended: the client hears why as the stream's last event, so it refreshes its
    // token (or signs in again) and resumes from its Last-Event-ID instead of retrying blindly.
    public void End(string reason)
    {
        if (Interlocked.Exchange(ref ended, 1) == 1)
        {
            return;
        }

        var told = queue.Writer.TryWrite(new LiveEvent(LiveEventTypes.SessionExpired, new { reason }));
        queue.Writer.TryComplete();
        if (!told)
        {
            hangUp();
        }
    }
}
