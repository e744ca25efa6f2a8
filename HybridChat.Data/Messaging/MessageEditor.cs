using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Edits and deletions: the sender edits; the sender or a group admin deletes, leaving a tombstone.
// Both are written with a change-log entry so every client learns of them, live or on resume.
public class MessageEditor(ChatDbContext db, TimeProvider clock)
{
    public async Task<MessagePosting> EditAsync(long messageId, int userId, string? text)
    {
        var (message, membership) = await FindVisibleAsync(messageId, userId);
        if (message is null || membership is null)
        {
            return MessagePosting.Refused(MessageRefusal.NotFound);
        }

        if (message.SenderId != userId)
        {
            return MessagePosting.Refused(MessageRefusal.Forbidden);
        }

        if (message.IsDeleted)
        {
            return MessagePosting.Refused(MessageRefusal.Conflict);
        }

        var errors = MessageText.Validate(text, message.Attachments.Count);
        if (!errors.IsValid)
        {
            return MessagePosting.Invalid(errors);
        }

        return await WriteAsync(message, MessageChangeKind.Updated, now =>
        {
            message.Text = text?.Trim() ?? "";
            message.EditedAt = now;
        });
    }

    public async Task<MessagePosting> DeleteAsync(long messageId, int userId)
    {
        var (message, membership) = await FindVisibleAsync(messageId, userId);
        if (message is null || membership is null)
        {
            return MessagePosting.Refused(MessageRefusal.NotFound);
        }

        var moderates = membership.Conversation.Kind == ConversationKind.Group && membership.Role >= MemberRole.Admin;
        if (message.SenderId != userId && !moderates)
        {
            return MessagePosting.Refused(MessageRefusal.Forbidden);
        }

        if (message.IsDeleted)
        {
            return new MessagePosting(message, null, new ValidationErrors());
        }

        return await WriteAsync(message, MessageChangeKind.Deleted, now =>
        {
            message.Text = "";
            message.DeletedAt = now;
            message.Attachments.Clear();
        });
    }

    private async Task<MessagePosting> WriteAsync(Message message, MessageChangeKind kind, Action<DateTime> apply)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SerializeWritersAsync();
        apply(now);
        var change = db.Record(message, kind, now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new MessagePosting(message, change, new ValidationErrors());
    }

    private async Task<(Message? Message, Membership? Membership)> FindVisibleAsync(long messageId, int userId)
    {
        var message = await db.Messages.Include(m => m.Attachments).Include(m => m.Sender).SingleOrDefaultAsync(m => m.Id == messageId);
        var membership = message is null ? null : await db.Memberships.Include(m => m.Conversation)
            .SingleOrDefaultAsync(m => m.ConversationId == message.ConversationId && m.UserId == userId);
        return (message, membership);
    }
}
