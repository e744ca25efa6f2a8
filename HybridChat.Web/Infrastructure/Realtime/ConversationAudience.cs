using HybridChat.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Infrastructure.Realtime;

public static class ConversationAudience
{
    // Publishes to everyone who is a member of the conversation now, optionally leaving one out.
    public static async Task PublishToMembersAsync(this IEventBus bus, ChatDbContext db, int conversationId, LiveEvent liveEvent, int? except = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != except)
            .Select(m => m.UserId).ToListAsync();
        await bus.PublishToUsersAsync(members, liveEvent);
    }
}
