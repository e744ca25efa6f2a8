namespace HybridChat.Web.Infrastructure.Hosting;

public static class WebRoot
{
    // The web root is the repository's top-level wwwroot/. A published app carries its own copy
    // beside its binaries; otherwise the app runs from the source tree, where wwwroot/ sits next
    // to the project folder that is the content root. Relative paths resolve from the content root.
    public static string Locate() =>
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? "wwwroot" : Path.Combine("..", "wwwroot");
}
