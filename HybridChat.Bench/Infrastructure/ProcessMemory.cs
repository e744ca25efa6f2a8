using System.Globalization;

namespace HybridChat.Bench.Infrastructure;

internal static class ProcessMemory
{
    // Resident set sizes in bytes, as the kernel reports them in /proc/<pid>/status (in kB).
    public static long ResidentBytes(int pid) => Field(pid, "VmRSS:");

    // The most the process has ever held resident (VmHWM, its high-water mark).
    public static long PeakResidentBytes(int pid) => Field(pid, "VmHWM:");

    private static long Field(int pid, string name)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(name, StringComparison.Ordinal));
        var kilobytes = line[name.Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
