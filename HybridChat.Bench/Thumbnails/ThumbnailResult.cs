namespace HybridChat.Bench.Thumbnails;

// Wall-clock and CPU milliseconds (all threads of the worker) of each preview: on a busy shared
// machine the CPU time says more about the engine than the wall clock.
internal sealed record ThumbnailResult(string Engine, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> CpuMilliseconds, long StartRssBytes, long PeakRssBytes,
    int Width, int Height, int Bytes)
{
    public double MedianMilliseconds => Median(Milliseconds);

    public double MedianCpuMilliseconds => Median(CpuMilliseconds);

    public double PeakAboveStartMiB => (PeakRssBytes - StartRssBytes) / 1048576.0;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
