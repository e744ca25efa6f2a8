using Hangfire.Common;
using Hangfire.Server;
using HybridChat.Data.Telemetry;

namespace HybridChat.Jobs.Hosting;

// Counts every job attempt by its class: a failed attempt that Hangfire retries counts as failed.
public sealed class JobMetricsFilter(ChatMetrics metrics) : JobFilterAttribute, IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob.Job.Type.Name;
        if (context.Exception is null || context.ExceptionHandled)
        {
            metrics.JobSucceeded(job);
        }
        else
        {
            metrics.JobFailed(job);
        }
    }
}
