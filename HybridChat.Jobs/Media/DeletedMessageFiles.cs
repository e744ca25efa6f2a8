using Hangfire;

namespace HybridChat.Jobs.Media;

public sealed class DeletedMessageFiles(IBackgroundJobClient jobs)
{
    public void DeleteLater(long messageId) => jobs.Enqueue<DeleteMessageFilesJob>(job => job.RunAsync(messageId, CancellationToken.None));
}
