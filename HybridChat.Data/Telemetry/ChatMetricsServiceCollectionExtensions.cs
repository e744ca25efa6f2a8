using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HybridChat.Data.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatMetricsServiceCollectionExtensions
{
    public static IServiceCollection AddChatMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ChatMetrics>();
        return services;
    }
}
