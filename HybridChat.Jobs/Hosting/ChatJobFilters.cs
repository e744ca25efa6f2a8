using Hangfire;
using Hangfire.Common;
using HybridChat.Data.Telemetry;

namespace HybridChat.Jobs.Hosting;

// Hangfire's default filters live in static GlobalJobFilters, shared by every app in the process
// (test hosts run many side by side). Each app gets its own set, with its own retry delays.
public static class ChatJobFilters
{
    public static IJobFilterProvider For(JobsOptions options, ChatMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new JobFilterCollection
        {
            new CaptureCultureAttribute(),
            new AutomaticRetryAttribute { Attempts = options.RetryAttempts, DelaysInSeconds = options.RetryDelays },
            new StatisticsHistoryAttribute(),
            new ContinuationsSupportAttribute(),
            new JobMetricsFilter(metrics),
        };
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}
