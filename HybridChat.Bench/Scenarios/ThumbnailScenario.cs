using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;
using HybridChat.Bench.Thumbnails;

namespace HybridChat.Bench.Scenarios;

// The picture preview the app's job makes (a JPEG from a camera, at most 640 px, WebP quality 80)
// with libvips through the app's own ImageFiles code, against SixLabors.ImageSharp 2.1.13 doing
// the same: CPU and wall time per preview and peak resident memory, each engine in a fresh process.
// The ratio is of CPU time, which a busy shared machine distorts less than the wall clock.
internal sealed class ThumbnailScenario : IScenario
{
    private const int PreviewSize = 640;

    public string Name => "thumbnails";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var (width, height) = context.Options.ThumbnailSize;
        var directory = Directory.CreateTempSubdirectory("hybridchat-thumbnails-").FullName;
        try
        {
            var picture = Path.Combine(directory, "photo.jpg");
            TestPicture.Write(picture, width, height);
            context.Report.Note(string.Create(CultureInfo.InvariantCulture,
                $"thumbnails: a {width}x{height} JPEG ({new FileInfo(picture).Length / 1048576.0:0.0} MiB) made at run time, {context.Options.ThumbnailRepeats} previews per engine"));
            var vips = await RunWorkerAsync(ThumbnailWorker.NetVips, picture, directory, context.Options.ThumbnailRepeats, cancellationToken);
            var sharp = await RunWorkerAsync(ThumbnailWorker.ImageSharp, picture, directory, context.Options.ThumbnailRepeats, cancellationToken);
            foreach (var result in new[] { vips, sharp }.Where(r => Math.Max(r.Width, r.Height) != PreviewSize))
            {
                context.Report.Fail($"{result.Engine} made a {result.Width}x{result.Height} preview, not {PreviewSize} px on the longer side");
            }

            var ratio = vips.MedianCpuMilliseconds / sharp.MedianCpuMilliseconds;
            context.Report.Add(new ResultRow(
                string.Create(CultureInfo.InvariantCulture, $"picture preview, {width * height / 1e6:0.#} MP JPEG -> {PreviewSize} px WebP"),
                $"libvips (NetVips) {Describe(vips)}",
                $"ImageSharp 2.1.13 {Describe(sharp)}",
                ratio,
                "less CPU time and peak memory than ImageSharp",
                ratio < 1 && vips.PeakAboveStartMiB < sharp.PeakAboveStartMiB,
                new Dictionary<string, double>
                {
                    ["width"] = width, ["height"] = height, ["repeats"] = context.Options.ThumbnailRepeats,
                    ["netVipsMedianMs"] = vips.MedianMilliseconds, ["netVipsMedianCpuMs"] = vips.MedianCpuMilliseconds, ["netVipsFirstMs"] = vips.Milliseconds[0],
                    ["netVipsPeakRssBytes"] = vips.PeakRssBytes, ["netVipsStartRssBytes"] = vips.StartRssBytes, ["netVipsPreviewBytes"] = vips.Bytes,
                    ["imageSharpMedianMs"] = sharp.MedianMilliseconds, ["imageSharpMedianCpuMs"] = sharp.MedianCpuMilliseconds, ["imageSharpFirstMs"] = sharp.Milliseconds[0],
                    ["imageSharpPeakRssBytes"] = sharp.PeakRssBytes, ["imageSharpStartRssBytes"] = sharp.StartRssBytes, ["imageSharpPreviewBytes"] = sharp.Bytes,
                }));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Describe(ThumbnailResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{BenchReport.Format(result.MedianCpuMilliseconds)} ms CPU per preview ({BenchReport.Format(result.MedianMilliseconds)} ms wall; first {BenchReport.Format(result.Milliseconds[0])} ms), peak {BenchReport.Format(result.PeakAboveStartMiB)} MiB above start");

    private static async Task<ThumbnailResult> RunWorkerAsync(string engine, string picture, string directory, int repeats, CancellationToken cancellationToken)
    {
        var resultPath = Path.Combine(directory, $"{engine}.json");
        var self = Environment.ProcessPath ?? "dotnet";
        var startInfo = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            startInfo.ArgumentList.Add(typeof(ThumbnailWorker).Assembly.Location);
        }

        foreach (var argument in new[] { ThumbnailWorker.Command, engine, picture, $"{PreviewSize}", $"{repeats}", resultPath })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The app runs with workstation GC; the worker measures under the same.
        startInfo.Environment["DOTNET_gcServer"] = "0";
        var logPath = Path.Combine(directory, $"{engine}.log");
        int exitCode;
        await using (var worker = ChildProcess.Start(startInfo, logPath))
        {
            exitCode = await worker.WaitForExitAsync(cancellationToken);
        }

        if (exitCode != 0 || !File.Exists(resultPath))
        {
            throw new InvalidOperationException($"The {engine} worker exited with {exitCode}: {await File.ReadAllTextAsync(logPath, cancellationToken)}");
        }

        return JsonSerializer.Deserialize<ThumbnailResult>(await File.ReadAllTextAsync(resultPath, cancellationToken))!;
    }
}
