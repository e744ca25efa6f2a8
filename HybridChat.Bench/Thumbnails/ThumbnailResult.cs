namespace HybridChat.Bench.Thumbnails;

internal sealed record ThumbnailResult(string Engine, IReadOnlyList<double> Milliseconds, long StartRssBytes, long PeakRssBytes,
    int Width, int Height, int Bytes)
{
    public double MedianMilliseconds => Milliseconds.Order().ElementAt(Milliseconds.Count / 2);

    public double PeakAboveStartMiB => (PeakRssBytes - StartRssBytes) / 1048576.0;
}
