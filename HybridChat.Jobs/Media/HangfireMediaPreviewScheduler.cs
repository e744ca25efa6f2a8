using Hangfire;

namespace HybridChat.Jobs.Media;

// Previews are made by a job, with Hangfire's retries (a database briefly away); a picture that
// cannot be decoded is not a failure of the job but a recorded outcome.
public sealed class HangfireMediaPreviewScheduler(IBackgroundJobClient jobs) : IMediaPreviewScheduler
{
    public void Schedule(int mediaId) => jobs.Enqueue<MediaPreviewJob>(job => job.RunAsync(mediaId));
}
