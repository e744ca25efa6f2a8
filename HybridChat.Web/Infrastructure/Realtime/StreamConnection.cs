using System.Threading.Channels;

namespace HybridChat.Web.Infrastructure.Realtime;

// One open live stream (a browser tab or an app). Its queue is bounded: a client that cannot keep
// up is disconnected rather than allowed to grow memory, and catches up from the database.
public sealed class StreamConnection(int userId, int capacity, Action hangUp)
{
    private readonly Channel<LiveEvent> queue = Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public int UserId { get; } = userId;

    public bool Overflowed { get; private set; }

    public ChannelReader<LiveEvent> Events => queue.Reader;

    // From the shared heartbeat timer. A full queue means the stream is busy, not idle: no ping needed.
    public void Ping() => queue.Writer.TryWrite(LiveEvent.Heartbeat);

    public void Deliver(LiveEvent liveEvent)
    {
        if (!queue.Writer.TryWrite(liveEvent))
        {
            Overflowed = true;
            queue.Writer.TryComplete();
            // The stream may be stuck writing to a client that stopped reading; only closing the
            // connection frees it.
            hangUp();
        }
    }
}
