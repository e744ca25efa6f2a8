using Hangfire;

namespace HybridChat.Jobs.Notifications;

public class WebPushes(IBackgroundJobClient jobs)
{
    public void SendLater(long messageId) => jobs.Enqueue<WebPushJob>(job => job.RunAsync(messageId, CancellationToken.None));
}
