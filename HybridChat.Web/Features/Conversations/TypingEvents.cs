using HybridChat.Data;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Conversations;

public record TypingNotice(int ConversationId, int UserId, string DisplayName);

// "Ana is typing…": sent to the other members only, never stored or replayed.
public class TypingEvents(ChatDbContext db, IEventBus bus, IPartialRenderer renderer)
{
    public async Task<bool> PublishAsync(int conversationId, int userId)
    {
        var typist = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId == userId)
            .Select(m => m.User).SingleOrDefaultAsync();
        if (typist is null)
        {
            return false;
        }

        var notice = new TypingNotice(conversationId, userId, typist.Name);
        var html = await renderer.RenderAsync("/Features/Conversations/_Typing.cshtml", notice);
        await bus.PublishToMembersAsync(db, conversationId, new LiveEvent(LiveEventTypes.Typing, notice, html), except: userId);
        return true;
    }
}
