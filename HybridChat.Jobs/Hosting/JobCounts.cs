using Hangfire;

namespace HybridChat.Jobs.Hosting;

// What the admin overview shows of the job storage; the dashboard has the details.
public record JobCounts(long Queued, long Scheduled, long Failed)
{
    public static JobCounts Read(JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return new JobCounts(statistics.Enqueued, statistics.Scheduled, statistics.Failed);
    }
}
