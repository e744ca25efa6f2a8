using HybridChat.Data.Telemetry;
using HybridChat.Web.Infrastructure.Auth;
using OpenTelemetry.Metrics;

namespace HybridChat.Web.Infrastructure.Operations;

public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddChatTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));
        services.AddChatMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(ChatMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapChatMetrics(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        var scrape = endpoints.MapPrometheusScrapingEndpoint(options.Path).DisableRateLimiting();
        if (options.Port is { } port)
        {
            scrape.RequireHost($"*:{port}").AllowAnonymous();
        }
        else
        {
            scrape.RequireAuthorization(AdminAccess.Policy);
        }

        return endpoints;
    }
}
