using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// The one send path for the web, the API and anything else: hands the message to the node's
// MessageWriter, which applies the rules (membership, a retried client id, validation, blocks) and
// writes it with its change-log entry, all in one transaction with the other sends queued meanwhile.
// A send that repeats a client message id returns the stored message instead of writing a second one.
public class MessageSender(ChatDbContext db, MessageWriter writer)
{
    public async Task<MessagePosting> SendAsync(SendMessage send)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await writer.WriteAsync(send);
        }
        catch (DbUpdateException)
        {
            // A concurrent send with the same client id (on another node) won the unique index.
            db.ChangeTracker.Clear();
            var raced = await db.Messages.AsNoTracking().ForDisplay()
                .SingleOrDefaultAsync(m => m.SenderId == send.SenderId && m.ClientMessageId == send.ClientMessageId);
            if (raced is null)
            {
                throw;
            }

            return Retried(raced, send);
        }
    }

    // A send repeating a client id: answered with the stored message when it went to the same
    // conversation, refused when that id was used in another one.
    internal static MessagePosting Retried(Message stored, SendMessage send) =>
        stored.ConversationId == send.ConversationId
            ? new MessagePosting(stored, null, new ValidationErrors())
            : MessagePosting.Invalid(ClientIdUsedElsewhere());

    private static ValidationErrors ClientIdUsedElsewhere()
    {
        var errors = new ValidationErrors();
        errors.Add(nameof(SendMessage.ClientMessageId), "This client message id was already used in another conversation.");
        return errors;
    }
}
