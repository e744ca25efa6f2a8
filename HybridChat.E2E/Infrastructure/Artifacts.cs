namespace HybridChat.E2E.Infrastructure;

// Screenshots go to artifacts/e2e/ at the repository root (git-ignored), where CI can pick them up.
public static class Artifacts
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HybridChat.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "e2e");
    });

    public static string PathFor(params string[] parts)
    {
        var path = Path.Combine([Root.Value, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
