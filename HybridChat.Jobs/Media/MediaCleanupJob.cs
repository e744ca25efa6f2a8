using Microsoft.Extensions.Logging;

namespace HybridChat.Jobs.Media;

// Uploads never sent, and the files of deleted messages whose own job was lost (in-memory job
// storage forgets it when the node stops; the deleted message in the database does not).
public class MediaCleanupJob(MediaDisposal disposal, ILogger<MediaCleanupJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var unsent = await disposal.RemoveUnsentUploadsAsync(cancellationToken);
        var ofDeletedMessages = 0;
        foreach (var messageId in await disposal.DeletedMessagesWithFilesAsync(cancellationToken))
        {
            ofDeletedMessages += await disposal.DeleteFilesOfDeletedMessageAsync(messageId, cancellationToken);
        }

        logger.LogInformation("Removed {Unsent} unsent uploads and {OfDeletedMessages} files of deleted messages", unsent, ofDeletedMessages);
    }
}
