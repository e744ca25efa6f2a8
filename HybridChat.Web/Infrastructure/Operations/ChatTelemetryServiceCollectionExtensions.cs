using HybridChat.Data.Telemetry;
using HybridChat.Web.Infrastructure.Auth;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using HybridChat.Web.Infrastructure.Operations;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatTelemetryServiceCollectionExtensions
{
    public const string ServiceName = "HybridChat";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddChatTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));
        services.AddChatMetrics();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ChatMetrics.MeterName)
                .AddPrometheusExporter());
        // Traces go out only to a collector the operator names, with OpenTelemetry's own settings
        // (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL, ...); probes and scrapes are not traced.
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbeOrScrape(context.Request.Path))
                .AddOtlpExporter());
        }

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

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
