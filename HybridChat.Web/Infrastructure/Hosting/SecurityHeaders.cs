using System.Security.Cryptography;
using Microsoft.AspNetCore.CookiePolicy;

namespace HybridChat.Web.Infrastructure.Hosting;

// Headers every response carries, pages, fragments, API, streams, static files and errors alike.
// Scripts come only from our own origin; the one inline style (the layout's) carries the
// request's nonce, made only for HTML responses (JSON and streams need none). Camera and microphone stay allowed for our own pages (calls, voice notes).
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    public static IServiceCollection AddChatSecurityHeaders(this IServiceCollection services) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            // Secure whenever the request came over HTTPS, including through a TLS proxy whose
            // forwarded headers are trusted.
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.None;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });

    public static IApplicationBuilder UseChatSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                // The development-only API reference (Scalar) is a third-party page with inline scripts.
                if (!http.Request.Path.StartsWithSegments("/api/docs"))
                {
                    var isHtml = http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                    headers.ContentSecurityPolicy = PolicyWith(isHtml || http.Items.ContainsKey(NonceKey) ? http.CspNonce() : null);
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(self), microphone=(self), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app.UseCookiePolicy();
    }

    // For the layout's inline style element.
    public static string CspNonce(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    // ASP.NET's validation summary (on Identity's own pages) writes style="display:none" while it is
    // empty: that one attribute value, by its hash, and nothing else inline.
    private const string HiddenValidationSummary = "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

    private static string PolicyWith(string? nonce) =>
        "default-src 'self'; script-src 'self'; "
        + (nonce is null ? "style-src 'self'; " : $"style-src 'self' 'nonce-{nonce}'; ")
        + $"style-src-attr 'unsafe-hashes' {HiddenValidationSummary}; "
        + "img-src 'self' data: blob:; media-src 'self' blob:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
