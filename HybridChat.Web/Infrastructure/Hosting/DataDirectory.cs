namespace HybridChat.Web.Infrastructure.Hosting;

public static class DataDirectory
{
    // Everything the app writes (SQLite database, mail pickup, media, signing key) lives here.
    public static string Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var path = Path.GetFullPath(configuration["DataDirectory"] ?? "App_Data", environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }
}
