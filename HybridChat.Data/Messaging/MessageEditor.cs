using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Edits and deletions: the sender edits; the sender or a group admin deletes, leaving a tombstone.
// A deleted message keeps its attachment rows, hidden from everyone, until a job deletes the files.
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

        // A call record says what happened; nobody rewrites it.
        if (message.SenderId != userId || message.CallId is not null)
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

        var trimmed = text?.Trim() ?? "";
        var mentions = await MessageMentions.FindAsync(db, message.ConversationId, userId, trimmed);
        return await WriteAsync(message.Id, MessageChangeKind.Updated, (edited, now) =>
        {
            edited.Text = trimmed;
            edited.EditedAt = now;
            edited.MentionOnly(mentions);
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

        return await WriteAsync(message.Id, MessageChangeKind.Deleted, (deleted, now) =>
        {
            deleted.Text = "";
            deleted.DeletedAt = now;
        });
    }

    private Task<MessagePosting> WriteAsync(long messageId, MessageChangeKind kind, Action<Message, DateTime> apply) =>
        db.ChangeMessageAsync(messageId, kind, clock, (message, now) =>
        {
            apply(message, now);
            return Task.FromResult<MessagePosting?>(null);
        });

    private async Task<(Message? Message, Membership? Membership)> FindVisibleAsync(long messageId, int userId)
    {
        var message = await db.Messages.ForDisplay().SingleOrDefaultAsync(m => m.Id == messageId);
        var membership = message is null ? null : await db.Memberships.Include(m => m.Conversation)
            .SingleOrDefaultAsync(m => m.ConversationId == message.ConversationId && m.UserId == userId);
        return (message, membership);
    }
}
