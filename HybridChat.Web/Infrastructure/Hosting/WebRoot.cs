namespace HybridChat.Web.Infrastructure.Hosting;

public static class WebRoot
{
    // The web root is the repository's top-level wwwroot/. A published app carries its own copy
    // beside its binaries; otherwise the app runs from the source tree, where wwwroot/ sits next
    // to the project folder that is the content root. Relative paths resolve from the content root.
    public static string Locate() => IsPublished ? "wwwroot" : Path.Combine("..", "wwwroot");

    // A published app is its own content root (settings files, web root, App_Data), so it starts the
    // same from whatever directory it is launched in.
    public static string? ContentRoot() => IsPublished ? AppContext.BaseDirectory : null;

    private static bool IsPublished => Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
}
