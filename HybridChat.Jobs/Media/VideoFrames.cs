using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Media;

// Takes one frame of a video as a PNG with ffmpeg, when ffmpeg is installed. ffmpeg runs as its own
// process (an argument list, no shell) on the stored file, reads nothing but that file with the
// demuxer its detected type names, and is killed when it takes too long.
public sealed partial class VideoFrames(IOptions<MediaOptions> options, ILogger<VideoFrames> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<string?> program = new(() => Find(options.Value.Ffmpeg));

    public bool CanTakeFrom(string contentType) => program.Value is not null && Demuxer(contentType) is not null;

    // At one second (a first frame is often black), else the first frame for a shorter clip.
    public async Task<bool> TakeAsync(Stream video, string contentType, string framePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(video);
        if (program.Value is not { } ffmpeg || Demuxer(contentType) is not { } demuxer)
        {
            return false;
        }

        // The disk store hands out its own file; any other store's content is copied out first.
        var stored = (video as FileStream)?.Name;
        var copy = stored is null ? framePath + ".video" : null;
        try
        {
            if (copy is not null)
            {
                await using var target = File.Create(copy);
                await video.CopyToAsync(target, cancellationToken);
            }

            var input = stored ?? copy!;
            foreach (var seconds in (double[])[1, 0])
            {
                if (!await RunAsync(ffmpeg, Arguments(demuxer, seconds, input, framePath), cancellationToken))
                {
                    return false;
                }

                if (new FileInfo(framePath) is { Exists: true, Length: > 0 })
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            if (copy is not null)
            {
                File.Delete(copy);
            }
        }
    }

    private static string[] Arguments(string demuxer, double seconds, string input, string output) =>
    [
        "-nostdin", "-hide_banner", "-loglevel", "error", "-threads", "1",
        "-protocol_whitelist", "file", "-f", demuxer, "-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", input,
        "-map", "0:v:0", "-frames:v", "1", "-vf", "scale=iw*sar:ih,setsar=1", "-an", "-sn", "-dn",
        "-f", "image2", "-c:v", "png", "-y", output,
    ];

    private async Task<bool> RunAsync(string ffmpeg, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ffmpeg)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            LogCannotStart(logger, ffmpeg, e.Message);
            return false;
        }

        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            LogTimedOut(logger, Timeout.TotalSeconds);
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }

        await output;
        if (process.ExitCode != 0)
        {
            LogFailed(logger, process.ExitCode, (await errors).Trim());
            return false;
        }

        return true;
    }

    private static string? Demuxer(string contentType) => contentType switch
    {
        "video/mp4" or "video/quicktime" => "mov",
        "video/webm" => "matroska",
        "video/ogg" => "ogg",
        _ => null,
    };

    // A configured path, or a program name looked up on the PATH like a shell would.
    private static string? Find(string? configured)
    {
        var name = string.IsNullOrWhiteSpace(configured) ? "ffmpeg" : configured;
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(name) ? name : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    [LoggerMessage(LogLevel.Warning, "ffmpeg ({Program}) could not be started: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string program, string reason);

    [LoggerMessage(LogLevel.Warning, "ffmpeg took longer than {Seconds} s and was stopped")]
    private static partial void LogTimedOut(ILogger logger, double seconds);

    [LoggerMessage(LogLevel.Warning, "ffmpeg failed with exit code {ExitCode}: {Errors}")]
    private static partial void LogFailed(ILogger logger, int exitCode, string errors);
}
