using System.Diagnostics;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.Scenarios;

// One measured window of a fan-out run: when each message was sent, who got which, and the
// send-to-receive latency of every delivery.
internal sealed class FanOutWindow(int id, int receivers, int messages)
{
    private readonly long[] sentAt = new long[messages];
    private readonly bool[] delivered = new bool[receivers * messages];
    private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long deliveries;
    private long duplicates;
    private long reorders;

    public int Id => id;

    public int Messages => messages;

    public LatencyHistogram Latency { get; } = new();

    public Task Complete => complete.Task;

    public long Expected => (long)receivers * messages;

    public long Lost => Expected - Interlocked.Read(ref deliveries);

    public long Duplicates => Interlocked.Read(ref duplicates);

    public long Reorders => Interlocked.Read(ref reorders);

    public void MarkSent(int sequence) => Volatile.Write(ref sentAt[sequence], Stopwatch.GetTimestamp());

    public void Reordered() => Interlocked.Increment(ref reorders);

    public void Record(int receiver, int sequence, long receivedAt)
    {
        ref var seen = ref delivered[(receiver * messages) + sequence];
        if (seen)
        {
            Interlocked.Increment(ref duplicates);
            return;
        }

        seen = true;
        Latency.Record(Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt[sequence]), receivedAt));
        if (Interlocked.Increment(ref deliveries) == Expected)
        {
            complete.TrySetResult();
        }
    }
}
