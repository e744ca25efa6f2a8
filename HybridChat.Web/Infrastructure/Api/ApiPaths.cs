namespace HybridChat.Web.Infrastructure.Api;

public static class ApiPaths
{
    public static bool IsApi(string? path) => path?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsCurrentVersion(string? path) => path?.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase) == true;
}
