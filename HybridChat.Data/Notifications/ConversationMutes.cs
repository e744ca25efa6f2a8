using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Notifications;

// A member mutes a conversation for themselves: no notification, push or unread count in the
// tab title about it. False when they are not a member (a stranger learns nothing).
public class ConversationMutes(ChatDbContext db)
{
    public async Task<bool> SetAsync(int conversationId, int userId, bool muted) =>
        await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId == userId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Muted, muted)) > 0;

    public async Task<bool?> IsMutedAsync(int conversationId, int userId) =>
        await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId == userId)
            .Select(m => (bool?)m.Muted).SingleOrDefaultAsync();
}
