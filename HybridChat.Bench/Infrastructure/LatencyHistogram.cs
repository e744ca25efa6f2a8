using HdrHistogram;

namespace HybridChat.Bench.Infrastructure;

// Latencies in microseconds. Recorded from many receiving tasks at once, so writes are serialized.
internal sealed class LatencyHistogram
{
    private static readonly long HighestMicroseconds = (long)TimeSpan.FromMinutes(5).TotalMicroseconds;
    private readonly LongHistogram histogram = new(HighestMicroseconds, 3);
    private readonly Lock gate = new();

    public long Count
    {
        get
        {
            lock (gate)
            {
                return histogram.TotalCount;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        var microseconds = Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds);
        lock (gate)
        {
            histogram.RecordValue(microseconds);
        }
    }

    public double PercentileMs(double percentile)
    {
        lock (gate)
        {
            return histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;
        }
    }

    public double MaxMs
    {
        get
        {
            lock (gate)
            {
                return histogram.TotalCount == 0 ? double.NaN : histogram.GetMaxValue() / 1000.0;
            }
        }
    }
}
