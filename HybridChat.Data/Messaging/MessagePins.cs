using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Pinned messages of a conversation: a group's owner and admins pin, and both people in a direct
// chat. A pin is a change of the message, written with a change-log entry like an edit, so every
// client learns of it live or on resume.
public class MessagePins(ChatDbContext db, TimeProvider clock)
{
    public static bool MayPin(Conversation conversation, Membership member)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Kind == ConversationKind.Direct || member.Manages();
    }

    public Task<MessagePosting> PinAsync(long messageId, int userId) => ChangeAsync(messageId, userId, pin: true);

    public Task<MessagePosting> UnpinAsync(long messageId, int userId) => ChangeAsync(messageId, userId, pin: false);

    // Newest pin first; null when the user is not a member.
    public async Task<List<Message>?> ListAsync(int conversationId, int userId)
    {
        if (!await db.Memberships.AnyAsync(m => m.ConversationId == conversationId && m.UserId == userId))
        {
            return null;
        }

        return await db.Messages.AsNoTracking().ForDisplay()
            .Where(m => m.ConversationId == conversationId && m.PinnedAt != null && m.DeletedAt == null)
            .OrderByDescending(m => m.PinnedAt).ThenByDescending(m => m.Id)
            .ToListAsync();
    }

    private async Task<MessagePosting> ChangeAsync(long messageId, int userId, bool pin)
    {
        var message = await db.Messages.AsNoTracking().ForDisplay().SingleOrDefaultAsync(m => m.Id == messageId);
        var membership = message is null ? null : await db.Memberships.AsNoTracking().Include(m => m.Conversation)
            .SingleOrDefaultAsync(m => m.ConversationId == message.ConversationId && m.UserId == userId);
        if (message is null || membership is null)
        {
            return MessagePosting.Refused(MessageRefusal.NotFound);
        }

        if (!MayPin(membership.Conversation, membership))
        {
            return MessagePosting.Refused(MessageRefusal.Forbidden);
        }

        if (pin && message.IsDeleted)
        {
            return MessagePosting.Refused(MessageRefusal.Conflict);
        }

        // Already as asked (a deleted message shows unpinned): nothing to write or announce.
        if ((message.PinnedAt is not null) == pin || message.IsDeleted)
        {
            return new MessagePosting(message, null, new ValidationErrors());
        }

        return await db.ChangeMessageAsync(messageId, MessageChangeKind.Updated, clock, (pinned, now) =>
        {
            pinned.PinnedAt = pin ? now : null;
            pinned.PinnedById = pin ? userId : null;
            return Task.FromResult<MessagePosting?>(null);
        });
    }
}
