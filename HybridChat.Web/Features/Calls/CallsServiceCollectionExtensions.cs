using HybridChat.Data.Calls;

namespace HybridChat.Web.Features.Calls;

public static class CallsServiceCollectionExtensions
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
