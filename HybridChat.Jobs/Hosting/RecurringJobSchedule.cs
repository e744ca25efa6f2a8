using Hangfire;
using HybridChat.Data;
using HybridChat.Jobs.Email;
using HybridChat.Jobs.Maintenance;
using HybridChat.Jobs.Media;
using HybridChat.Jobs.Notifications;
using HybridChat.Jobs.Presence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Hosting;

public class RecurringJobSchedule(IRecurringJobManager recurring, IOptions<JobsOptions> options, IConfiguration configuration) : IHostedService
{
    public const string PresenceRepair = "presence-repair";
    public const string Purge = "purge";
    public const string Backup = "backup";
    public const string MissedMessages = "missed-messages";
    public const string OutboxSweep = "outbox-sweep";
    public const string MediaCleanup = "media-cleanup";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var jobs = options.Value;
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurring.AddOrUpdate<PresenceRepairJob>(PresenceRepair, job => job.RunAsync(CancellationToken.None), jobs.PresenceRepairCron, utc);
        recurring.AddOrUpdate<OutboxSweepJob>(OutboxSweep, job => job.RunAsync(CancellationToken.None), jobs.OutboxSweepCron, utc);
        recurring.AddOrUpdate<PurgeJob>(Purge, job => job.RunAsync(CancellationToken.None), jobs.PurgeCron, utc);
        recurring.AddOrUpdate<MissedMessagesJob>(MissedMessages, job => job.RunAsync(CancellationToken.None), jobs.MissedMessagesCron, utc);
        recurring.AddOrUpdate<MediaCleanupJob>(MediaCleanup, job => job.RunAsync(CancellationToken.None), jobs.MediaCleanupCron, utc);
        if (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite)
        {
            recurring.AddOrUpdate<BackupJob>(Backup, job => job.RunAsync(CancellationToken.None), jobs.BackupCron, utc);
        }
        else
        {
            recurring.RemoveIfExists(Backup);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
