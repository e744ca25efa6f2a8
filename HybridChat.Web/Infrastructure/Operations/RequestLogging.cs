using System.Diagnostics;
using System.Security.Claims;

namespace HybridChat.Web.Infrastructure.Operations;

// One line per request: method, path, status, duration, the signed-in user's id and the trace id.
// Never the query string (password-reset codes travel there), bodies or headers: no message text,
// tokens or passwords reach the log.
public sealed partial class RequestLogging(RequestDelegate next, ILoggerFactory loggers)
{
    // Short, so that operators can turn the lines off (Logging:LogLevel:HybridChat.Requests = Warning).
    public const string Category = "HybridChat.Requests";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var user = http.User.FindFirstValue("sub") ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier);
            LogRequest(logger, http.Request.Method, PathOf(http), http.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, user, Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        }
    }

    // The route's template where there is one: paths can carry secrets too (invitation codes).
    private static string PathOf(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template } ? "/" + template.TrimStart('/') : http.Request.Path.Value ?? "/";

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (user {UserId}, trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds,
        string? userId, string traceId);
}

public static class RequestLoggingExtensions
{
    public static IApplicationBuilder UseChatRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLogging>();
}
