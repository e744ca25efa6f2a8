using HybridChat.Data.Messaging;
using HybridChat.Jobs.Media;

namespace HybridChat.Web.Features.Messages;

// Deleting a message for the page and the API: the tombstone is written and announced, then a job
// deletes the message's files.
public class MessageDeletion(MessageEditor editor, MessageEvents events, DeletedMessageFiles files)
{
    public async Task<MessagePosting> DeleteAsync(long messageId, int userId)
    {
        var posting = await editor.DeleteAsync(messageId, userId);
        if (posting.Change is null)
        {
            return posting;
        }

        await events.PublishAsync(posting.Change);
        if (posting.Change.Message.Attachments.Count > 0)
        {
            files.DeleteLater(messageId);
        }

        return posting;
    }
}
