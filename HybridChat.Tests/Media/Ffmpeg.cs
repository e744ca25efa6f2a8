using System.Diagnostics;
using System.Globalization;

namespace HybridChat.Tests.Media;

// Real clips made at test time by ffmpeg (a test dependency, installed by test.sh) from its own
// test sources: colour bars and a sine tone.
public static class Ffmpeg
{
    public static Task<byte[]> Mp4Async(int width, int height, double seconds) =>
        MakeAsync("clip.mp4", "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"testsrc=size={width}x{height}:rate=10:duration={seconds:0.###}"),
            "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast");

    public static Task<byte[]> WebmVideoAsync() =>
        MakeAsync("clip.webm", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=5:duration=1", "-f", "lavfi", "-i", "sine=duration=1",
            "-c:v", "libvpx", "-deadline", "realtime", "-c:a", "libopus", "-shortest");

    // What a browser's MediaRecorder makes of a voice note.
    public static Task<byte[]> VoiceNoteAsync(string extension) =>
        MakeAsync($"voice.{extension}", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libopus");

    private static async Task<byte[]> MakeAsync(string fileName, params string[] arguments)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hybridchat-tests", $"ffmpeg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var output = Path.Combine(folder, fileName);
            var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["-nostdin", "-hide_banner", "-loglevel", "error", .. arguments, "-y", output])
            {
                start.ArgumentList.Add(argument);
            }

            using var ffmpeg = Process.Start(start)!;
            var errors = await ffmpeg.StandardError.ReadToEndAsync();
            await ffmpeg.WaitForExitAsync();
            Assert.True(ffmpeg.ExitCode == 0, $"ffmpeg could not make {fileName}: {errors}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
