using System.Globalization;
using System.Runtime.InteropServices;

namespace HybridChat.Bench.Report;

// What the numbers were measured on, read at run time. Load averages taken at start and end show
// how busy the shared machine was.
internal sealed record MachineInfo(int Cores, string Memory, string Os, string Runtime, string StartedAt, string LoadAtStart)
{
    public string LoadAtEnd { get; set; } = "";

    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        MemTotal(),
        OsName(),
        RuntimeInformation.FrameworkDescription,
        DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        LoadAverage());

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public string Describe() =>
        $"{Cores} cores, {Memory} RAM, {Os}, {Runtime}; started {StartedAt}; load average (1/5/15 min) {LoadAtStart} at start, {LoadAtEnd} at end";

    private static string MemTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null)
        {
            return "n/a";
        }

        var kilobytes = long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return $"{kilobytes / 1024.0 / 1024.0:0.0} GiB".ToString(CultureInfo.InvariantCulture);
    }

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})";
    }
}
