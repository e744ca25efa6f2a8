using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

public record MessagePage(IReadOnlyList<Message> Items, bool HasMore);

// Keyset pages of a conversation's messages, always returned oldest to newest. Without a cursor
// it is the newest page; "before" walks back in time, "after" forward.
public class MessageHistory(ChatDbContext db)
{
    public const int MaxPageSize = 100;

    // The first page of an opened chat: the newest messages, reaching back to the reader's first
    // unread one (with a few read ones above it) as far as a page goes.
    public async Task<int> OpeningPageSizeAsync(int conversationId, long lastReadId) =>
        Math.Clamp(await db.Messages.CountAsync(m => m.ConversationId == conversationId && m.Id > lastReadId) + 5, 50, MaxPageSize);

    public async Task<MessagePage> PageAsync(int conversationId, long? before, long? after, int limit)
    {
        limit = Math.Clamp(limit, 1, MaxPageSize);
        var messages = db.Messages.AsNoTracking().ForDisplay()
            .Where(m => m.ConversationId == conversationId);
        if (after is { } afterId)
        {
            var newer = await messages.Where(m => m.Id > afterId).OrderBy(m => m.Id).Take(limit + 1).ToListAsync();
            return new MessagePage(newer.Take(limit).ToList(), newer.Count > limit);
        }

        var older = await messages.Where(m => before == null || m.Id < before).OrderByDescending(m => m.Id).Take(limit + 1).ToListAsync();
        return new MessagePage(older.Take(limit).Reverse().ToList(), older.Count > limit);
    }
}
