using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HybridChat.Bench.Infrastructure;
using HybridChat.Jobs.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using VipsImage = NetVips.Image;

namespace HybridChat.Bench.Thumbnails;

// One engine in a process of its own (`thumbnail-worker <engine> <picture> <size> <repeats> <result>`),
// so its peak resident memory is its own: makes the same WebP preview the app makes, several times,
// and writes what it took as JSON.
internal static class ThumbnailWorker
{
    public const string Command = "thumbnail-worker";
    public const string NetVips = "netvips";
    public const string ImageSharp = "imagesharp";

    public static int Run(string[] args)
    {
        var (engine, picture, size, repeats, resultPath) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture),
            int.Parse(args[3], CultureInfo.InvariantCulture), args[4]);
        var startRss = ProcessMemory.ResidentBytes(Environment.ProcessId);
        var (times, cpuTimes) = (new List<double>(), new List<double>());
        var (width, height, bytes) = (0, 0, 0);
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            (width, height, bytes) = engine switch
            {
                NetVips => WithNetVips(picture, size),
                ImageSharp => WithImageSharp(picture, size),
                _ => throw new ArgumentException($"Unknown engine {engine}."),
            };
            times.Add(clock.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpuTimes.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        var result = new ThumbnailResult(engine, times, cpuTimes, startRss, ProcessMemory.PeakResidentBytes(Environment.ProcessId), width, height, bytes);
        File.WriteAllText(resultPath, JsonSerializer.Serialize(result));
        return 0;
    }

    // The preview job's own code: the stored file opened as a stream, shrunk while loading.
    private static (int Width, int Height, int Bytes) WithNetVips(string picture, int size)
    {
        using var original = File.OpenRead(picture);
        var webp = ImageFiles.Preview(original, size);
        using var preview = VipsImage.NewFromBuffer(webp);
        return (preview.Width, preview.Height, webp.Length);
    }

    // ImageSharp 2.x decodes the whole picture, then resizes; the same bounds and WebP quality.
    private static (int Width, int Height, int Bytes) WithImageSharp(string picture, int size)
    {
        using var original = File.OpenRead(picture);
        using var image = Image.Load(original);
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(size, size), Mode = ResizeMode.Max }));
        using var webp = new MemoryStream();
        image.SaveAsWebp(webp, new WebpEncoder { Quality = 80 });
        return (image.Width, image.Height, (int)webp.Length);
    }
}
