using HybridChat.Data.Messaging;
using HybridChat.Data.Presence;
using HybridChat.Web.Infrastructure.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using HybridChat.Web.Infrastructure.Realtime;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatRealtimeServiceCollectionExtensions
{
    public static IServiceCollection AddChatRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.Section));
        services.AddMemoryCache();
        // Created now, so that it knows when the node started: pages rendered before then may be stale.
        services.AddSingleton(new MissedEventClock(TimeProvider.System));
        services.AddSingleton<ConnectionRegistry>();
        if (string.IsNullOrWhiteSpace(configuration[$"{RealtimeOptions.Section}:{nameof(RealtimeOptions.Redis)}"]))
        {
            services.AddSingleton<IPresence>(provider => provider.GetRequiredService<ConnectionRegistry>());
            services.AddSingleton<IEventBus, InProcessEventBus>();
            services.AddSingleton<IStreamCount, NodeStreamCount>();
        }
        else
        {
            services.AddChatRedis();
        }

        services.AddSingleton<PresenceNotifier>();
        services.AddSingleton<PresenceBatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<PresenceBatcher>());
        services.AddSingleton<EventStreamer>();
        services.AddSingleton<ChangeLogFollower>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeLogFollower>());
        services.AddHostedService<StreamHeartbeat>();
        services.AddHostedService<PresenceLeaseRenewal>();
        services.AddSingleton<IPartialRenderer, PartialRenderer>();
        services.AddScoped<ChangeFeed>();
        services.AddScoped<PresenceLeases>();
        services.AddScoped<StreamPosition>();
        services.Configure<MvcOptions>(options => options.Filters.Add<StreamPositionFilter>());
        return services;
    }

    private static void AddChatRedis(this IServiceCollection services)
    {
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IPresence, ClusterPresence>();
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(provider => provider.GetRequiredService<RedisEventBus>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisEventBus>());
        services.AddSingleton<IStreamCount, RedisStreamCount>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [ChatHealthChecks.Ready]);
    }
}
