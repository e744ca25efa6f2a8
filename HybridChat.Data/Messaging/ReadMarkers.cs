using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

public record ReadReceipt(int UserId, DateTime ReadAt);

public record SeenBy(long MessageId, IReadOnlyList<string> Readers);

// Each member's read marker only moves forward; receipts are derived from the markers.
public class ReadMarkers(ChatDbContext db, TimeProvider clock)
{
    // Null when the caller is not a member; otherwise whether the marker moved.
    public async Task<bool?> MarkReadAsync(int conversationId, int userId, long upToMessageId)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.ConversationId == conversationId && m.UserId == userId);
        if (membership is null)
        {
            return null;
        }

        var newest = await db.Messages.Where(m => m.ConversationId == conversationId && m.Id <= upToMessageId)
            .MaxAsync(m => (long?)m.Id) ?? 0;
        if (!membership.MarkReadUpTo(newest, clock.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        await db.SaveChangesAsync();
        return true;
    }

    // Who has read a message (its sender aside); null when the caller may not see the message.
    public async Task<List<ReadReceipt>?> ReceiptsAsync(long messageId, int userId)
    {
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == messageId
            && db.Memberships.Any(mine => mine.ConversationId == m.ConversationId && mine.UserId == userId));
        if (message is null)
        {
            return null;
        }

        return await db.Memberships.Where(m => m.ConversationId == message.ConversationId && m.UserId != message.SenderId
                && m.LastReadMessageId >= messageId && m.LastReadAt != null)
            .OrderBy(m => m.LastReadAt)
            .Select(m => new ReadReceipt(m.UserId, m.LastReadAt!.Value))
            .ToListAsync();
    }

    // Who has read the viewer's latest message: "Seen" in a direct chat, "Seen by N" in a group.
    public async Task<SeenBy?> SeenByAsync(int conversationId, int viewerId)
    {
        var latestOwn = await db.Messages.Where(m => m.ConversationId == conversationId && m.SenderId == viewerId && m.DeletedAt == null)
            .MaxAsync(m => (long?)m.Id);
        if (latestOwn is not { } messageId)
        {
            return null;
        }

        var readers = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != viewerId && m.LastReadMessageId >= messageId)
            .OrderBy(m => m.LastReadAt).Select(m => m.User.DisplayName).ToListAsync();
        return new SeenBy(messageId, readers);
    }
}
