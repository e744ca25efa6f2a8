using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.States;
using HybridChat.Data.Email;
using HybridChat.Data.Maintenance;
using HybridChat.Data.Notifications;
using HybridChat.Data.Presence;
using HybridChat.Data.Telemetry;
using HybridChat.Jobs.Email;
using HybridChat.Jobs.Maintenance;
using HybridChat.Jobs.Media;
using HybridChat.Jobs.Notifications;
using HybridChat.Jobs.Presence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HybridChat.Jobs.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatJobServerServiceCollectionExtensions
{
    // Not Hangfire's AddHangfire: it takes JobStorage.Current, JobActivator.Current, GlobalJobFilters
    // and a log provider bound to this app from static state, which several apps in one process
    // (test hosts) would share. Everything here is per app; only the serializer settings and the
    // log provider are process-wide, and the same for every app.
    public static IServiceCollection AddChatJobServer(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(JobsOptions.Section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().Bind(section).PostConfigure(jobs =>
        {
            if (string.IsNullOrWhiteSpace(jobs.BackupDirectory))
            {
                jobs.BackupDirectory = Path.Combine(dataDirectory, "backups");
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        GlobalConfiguration.Configuration.UseLogProvider(SharedLogProvider.Instance)
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        services.AddHostedService<HangfireLogging>();
        services.AddSingleton<IGlobalConfiguration>(GlobalConfiguration.Configuration);
        services.AddSingleton<JobStorage>(_ => JobStorageFactory.Create(configuration));
        services.AddChatMetrics();
        services.AddSingleton(provider => ChatJobFilters.For(options, provider.GetRequiredService<ChatMetrics>()));
        services.AddSingleton<ITimeZoneResolver, DefaultTimeZoneResolver>();
        services.AddSingleton(DashboardRoutes.Routes);
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IBackgroundJobClient>(provider =>
            new BackgroundJobClient(provider.GetRequiredService<JobStorage>(), new BackgroundJobFactory(provider.GetRequiredService<IJobFilterProvider>()),
                new BackgroundJobStateChanger(provider.GetRequiredService<IJobFilterProvider>())));
        services.AddSingleton<IRecurringJobManager>(provider =>
            new RecurringJobManager(provider.GetRequiredService<JobStorage>(), new BackgroundJobFactory(provider.GetRequiredService<IJobFilterProvider>()),
                provider.GetRequiredService<ITimeZoneResolver>()));

        if (options.RunsServer(Environment.GetCommandLineArgs()))
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
                server.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds);
                server.StopTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds);
            });
            services.AddHostedService<OutboxRecovery>();
            services.AddHostedService<PendingPreviews>();
            services.AddHostedService<RecurringJobSchedule>();
        }

        services.AddScoped<Mailer>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<PresenceRepair>();
        services.AddScoped<Retention>();
        services.AddScoped<SqliteBackup>();
        services.AddScoped<MissedMessages>();
        services.AddScoped<SendEmailJob>();
        services.AddScoped<OutboxSweepJob>();
        services.AddScoped<PresenceRepairJob>();
        services.AddScoped<PurgeJob>();
        services.AddScoped<BackupJob>();
        services.AddScoped<MissedMessagesJob>();
        return services;
    }
}
