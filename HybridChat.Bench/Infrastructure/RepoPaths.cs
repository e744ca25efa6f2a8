namespace HybridChat.Bench.Infrastructure;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "HybridChat.Web");

    // HYBRIDCHAT_BENCH_WEB_DLL runs another build of the app (say, of the commit before a change)
    // against the same bench, so before and after are measured the same way.
    public static string WebAssembly => Environment.GetEnvironmentVariable("HYBRIDCHAT_BENCH_WEB_DLL") is { Length: > 0 } other
        ? Path.GetFullPath(other)
        : Path.Combine(WebProject, "bin", "Release", "net10.0", "HybridChat.Web.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HybridChat.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
