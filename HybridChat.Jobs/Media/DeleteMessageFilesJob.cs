namespace HybridChat.Jobs.Media;

// Running it again, or for a message whose files are gone, does nothing.
public class DeleteMessageFilesJob(MediaDisposal disposal)
{
    public Task RunAsync(long messageId, CancellationToken cancellationToken) => disposal.DeleteFilesOfDeletedMessageAsync(messageId, cancellationToken);
}
