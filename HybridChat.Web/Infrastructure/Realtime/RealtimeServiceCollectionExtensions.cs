using HybridChat.Data.Messaging;

namespace HybridChat.Web.Infrastructure.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    public static IServiceCollection AddChatRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<IPresence>(provider => provider.GetRequiredService<ConnectionRegistry>());
        services.AddSingleton<IEventBus, InProcessEventBus>();
        services.AddSingleton<PresenceNotifier>();
        services.AddSingleton<EventStreamer>();
        services.AddSingleton<IPartialRenderer, PartialRenderer>();
        services.AddScoped<ChangeFeed>();
        return services;
    }
}
