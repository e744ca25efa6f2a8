using HybridChat.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HybridChat.Web.Infrastructure.Operations;

// /health/live: the process answers. /health/ready: it can serve, so every check tagged Ready
// passes. A dependency that is configured (job storage, SMTP, Redis) adds its own check with
// services.AddHealthChecks().AddCheck<T>(name, tags: [ChatHealthChecks.Ready]). Both answer only
// Healthy or Unhealthy: what failed goes to the log, not to whoever asks.
public static class ChatHealthChecks
{
    public const string Ready = "ready";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IServiceCollection AddChatHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapChatHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) })
            .AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
