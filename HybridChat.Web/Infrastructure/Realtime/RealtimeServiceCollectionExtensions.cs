using HybridChat.Data.Conversations;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Messages;

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
        services.AddScoped<MessageEvents>();
        services.AddScoped<MessageSender>();
        services.AddScoped<MessageEditor>();
        services.AddScoped<MessageHistory>();
        services.AddScoped<ConversationStarter>();
        services.AddScoped<TypingEvents>();
        services.AddScoped<ReadMarkers>();
        services.AddScoped<ReadEvents>();
        services.AddScoped<ConversationList>();
        return services;
    }
}
