using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Web.Infrastructure.Api;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatRateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddChatRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Pages share this policy with the API: showing a sign-in form is free, submitting it counts.
            options.AddPolicy(RateLimitPolicies.Auth, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : Partition(http, RateLimitPolicies.Auth, http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    limits.AuthPermitsPerMinute, TimeSpan.FromMinutes(1),
                    () => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = limits.AuthPermitsPerMinute, Window = TimeSpan.FromMinutes(1) })));
            options.AddPolicy(RateLimitPolicies.SendMessage, http => Partition(http, RateLimitPolicies.SendMessage,
                http.User.FindFirstValue("sub") ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                limits.MessagesPerTenSeconds, TimeSpan.FromSeconds(10),
                () => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.MessagesPerTenSeconds,
                    TokensPerPeriod = limits.MessagesPerTenSeconds,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                })));
            options.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    // With several nodes (Redis configured) a limit is counted in Redis, for the whole cluster, in
    // fixed windows; a single node counts in memory. The node's own limiter also stands in while Redis
    // is unreachable.
    private static RateLimitPartition<string> Partition(HttpContext http, string policy, string key, int permits, TimeSpan window,
        Func<RateLimiter> onThisNode) =>
        http.RequestServices.GetService<RedisConnection>() is { } redis
            ? RateLimitPartition.Get(key, _ => new RedisWindowRateLimiter(redis, $"hybridchat:rate:{policy}:{key}", permits, window, onThisNode()))
            : RateLimitPartition.Get(key, _ => onThisNode());

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!ApiPaths.IsApi(context.HttpContext.Request.Path))
        {
            // No body: the status code pages show the site's "too many attempts" page.
            return;
        }

        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Slow down: try again in {seconds} seconds.",
            },
        });
    }
}
