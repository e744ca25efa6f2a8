using HybridChat.Data.Entities;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// The one send path for the web, the API and anything else: validates, refuses what the rules
// forbid, and hands the message to the node's MessageWriter, which writes it with its change-log
// entry. A send that repeats a client message id returns the stored message instead of writing a
// second one.
public class MessageSender(ChatDbContext db, MessageWriter writer)
{
    public async Task<MessagePosting> SendAsync(SendMessage send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var kind = await db.Memberships.Where(m => m.ConversationId == send.ConversationId && m.UserId == send.SenderId)
            .Select(m => (ConversationKind?)m.Conversation.Kind).SingleOrDefaultAsync();
        if (kind is null)
        {
            return MessagePosting.Refused(MessageRefusal.NotFound);
        }

        var stored = await FindSentAsync(send);
        if (stored is not null)
        {
            return stored.ConversationId == send.ConversationId
                ? new MessagePosting(stored, null, new ValidationErrors())
                : MessagePosting.Invalid(Error(nameof(send.ClientMessageId), "This client message id was already used in another conversation."));
        }

        var errors = MessageText.Validate(send.Text, send.AttachmentIds?.Count ?? 0);
        if (string.IsNullOrWhiteSpace(send.ClientMessageId) || send.ClientMessageId.Length > Message.ClientMessageIdMaxLength)
        {
            errors.Add(nameof(send.ClientMessageId), $"Give every message a client id of 1 to {Message.ClientMessageIdMaxLength} characters.");
        }

        await CheckAttachmentsAsync(send, errors);
        await CheckReplyAsync(send, errors);
        if (!errors.IsValid)
        {
            return MessagePosting.Invalid(errors);
        }

        if (kind == ConversationKind.Direct && await OtherSideBlocksAsync(send.ConversationId, send.SenderId))
        {
            return MessagePosting.Refused(MessageRefusal.Blocked);
        }

        try
        {
            return await writer.WriteAsync(send);
        }
        catch (DbUpdateException)
        {
            // A concurrent send with the same client id won the unique index.
            db.ChangeTracker.Clear();
            var raced = await FindSentAsync(send);
            if (raced is null)
            {
                throw;
            }

            return new MessagePosting(raced, null, new ValidationErrors());
        }
    }

    private Task<Message?> FindSentAsync(SendMessage send) =>
        db.Messages.AsNoTracking().ForDisplay()
            .SingleOrDefaultAsync(m => m.SenderId == send.SenderId && m.ClientMessageId == send.ClientMessageId);

    private async Task CheckAttachmentsAsync(SendMessage send, ValidationErrors errors)
    {
        if (AttachmentRule.Problem(send, await AttachmentRule.LoadAsync(db, send.AttachmentIds ?? [])) is { } problem)
        {
            errors.AddAll(AttachmentRule.Error(problem));
        }
    }

    // The sender is a member here, so a message of another conversation is refused the same way
    // whether or not they can see it: nothing about it leaks.
    private async Task CheckReplyAsync(SendMessage send, ValidationErrors errors)
    {
        if (send.ReplyToId is not { } replyToId)
        {
            return;
        }

        var original = await db.Messages.Where(m => m.Id == replyToId && m.ConversationId == send.ConversationId)
            .Select(m => new { m.DeletedAt }).SingleOrDefaultAsync();
        if (original is null)
        {
            errors.Add(nameof(send.ReplyToId), "Reply to a message of this conversation.");
        }
        else if (original.DeletedAt is not null)
        {
            errors.Add(nameof(send.ReplyToId), "That message was deleted, so it cannot be answered.");
        }
    }

    private async Task<bool> OtherSideBlocksAsync(int conversationId, int senderId)
    {
        var other = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != senderId)
            .Select(m => (int?)m.UserId).FirstOrDefaultAsync();
        // Nobody on the other side: they deleted their account, and nobody would read it.
        return other is not { } otherId || await db.BlockedEitherWayAsync(senderId, otherId);
    }

    private static ValidationErrors Error(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors;
    }
}
