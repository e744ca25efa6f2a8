using HybridChat.Web.Infrastructure.Operations;
namespace Microsoft.Extensions.DependencyInjection;

// What an operator needs around the product: keys that survive restarts, health, metrics.
public static class ChatOperationsServiceCollectionExtensions
{
    public static IServiceCollection AddChatOperations(this IServiceCollection services, IConfiguration configuration, string dataDirectory) =>
        services.AddChatDataProtection(configuration, dataDirectory)
            .AddChatHealthChecks()
            .AddChatTelemetry(configuration);

    public static IEndpointRouteBuilder MapChatOperations(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapChatHealthChecks().MapChatMetrics();
}
