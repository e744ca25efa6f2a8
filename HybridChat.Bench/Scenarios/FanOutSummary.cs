namespace HybridChat.Bench.Scenarios;

// The median over the measured windows of each percentile, and everything lost in any of them.
internal sealed record FanOutSummary(double P50, double P99, double Max, long Lost, int Reconnects)
{
    public static FanOutSummary Of(IReadOnlyList<FanOutWindow> windows, int reconnects) => new(
        Median(windows.Select(w => w.Latency.PercentileMs(50))),
        Median(windows.Select(w => w.Latency.PercentileMs(99))),
        windows.Max(w => w.Latency.MaxMs),
        windows.Sum(w => w.Lost),
        reconnects);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
