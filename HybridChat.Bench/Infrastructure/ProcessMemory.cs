using System.Globalization;

namespace HybridChat.Bench.Infrastructure;

internal static class ProcessMemory
{
    // Resident set size in bytes, as the kernel reports it in /proc/<pid>/status (VmRSS, in kB).
    public static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
