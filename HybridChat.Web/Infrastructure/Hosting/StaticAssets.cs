using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace HybridChat.Web.Infrastructure.Hosting;

// CSS, scripts and icons go out compressed and, when the URL carries the file's version
// (asp-append-version), cached for a year. Pages are not compressed: they carry the antiforgery
// token next to text other people wrote, the mix a BREACH attack needs over HTTPS.
public static class StaticAssets
{
    private static readonly string[] CompressedFolders = ["/css", "/js", "/lib"];
    private static readonly TimeSpan VersionedLifetime = TimeSpan.FromDays(365);

    public static IServiceCollection AddChatStaticAssets(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    public static IApplicationBuilder UseChatStaticAssets(this IApplicationBuilder app)
    {
        app.UseWhen(http => CompressedFolders.Any(folder => http.Request.Path.StartsWithSegments(folder, StringComparison.OrdinalIgnoreCase)),
            branch => branch.UseResponseCompression());
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.GetTypedHeaders();
                headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? new CacheControlHeaderValue { Public = true, MaxAge = VersionedLifetime, Extensions = { new NameValueHeaderValue("immutable") } }
                    : new CacheControlHeaderValue { NoCache = true };
            },
        });
    }
}
