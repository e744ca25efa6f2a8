using HybridChat.Data.Calls;
using HybridChat.Web.Features.Calls;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatCallsServiceCollectionExtensions
{
    public static IServiceCollection AddChatCalls(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallsOptions>().Bind(configuration.GetSection(CallsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Calling>();
        services.AddScoped<CallEvents>();
        services.AddScoped<CallTimeoutJob>();
        return services;
    }
}
