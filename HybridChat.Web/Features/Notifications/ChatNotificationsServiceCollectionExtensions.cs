using HybridChat.Data.Notifications;
using HybridChat.Jobs.Notifications;
using Microsoft.Extensions.Options;
using HybridChat.Web.Features.Notifications;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatNotificationsServiceCollectionExtensions
{
    // Browser notifications, Web Push and per-conversation mute.
    public static IServiceCollection AddChatNotifications(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.Section));
        services.AddSingleton(provider => VapidKeys.Load(provider.GetRequiredService<IOptions<NotificationsOptions>>().Value, dataDirectory, configuration["App:PublicUrl"]));
        services.AddHttpClient(WebPushSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<Notices>();
        services.AddScoped<PushSubscriptions>();
        services.AddScoped<ConversationMutes>();
        services.AddScoped<WebPushes>();
        services.AddScoped<WebPushSender>();
        services.AddScoped<WebPushJob>();
        return services;
    }
}
