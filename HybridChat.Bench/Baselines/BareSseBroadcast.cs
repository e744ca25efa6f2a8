using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace HybridChat.Bench.Baselines;

// The least a server can do to broadcast over SSE: one unbounded channel per open stream, every
// published event written to all of them. Publishing is serialized so every stream sees one order.
internal sealed class BareSseBroadcast
{
    private readonly ConcurrentDictionary<Channel<string>, byte> streams = new();
    private readonly Lock publishing = new();
    private long lastId;

    public void Publish(string data)
    {
        lock (publishing)
        {
            var id = ++lastId;
            var frame = $"id: {id.ToString(CultureInfo.InvariantCulture)}\nevent: message\ndata: {data}\n\n";
            foreach (var stream in streams.Keys)
            {
                stream.Writer.TryWrite(frame);
            }
        }
    }

    public async Task StreamAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        streams[channel] = 0;
        try
        {
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var frame in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(frame), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client left.
        }
        finally
        {
            streams.TryRemove(channel, out _);
        }
    }
}
