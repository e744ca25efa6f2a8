using HybridChat.Data;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Conversations;

public record TypingNotice(int ConversationId, int UserId, string DisplayName);

// "Ana is typing…": sent to the other members only, never stored or replayed, and no more often
// than TypingThrottle lets through (the notice on screen outlasts the gap).
public class TypingEvents(ChatDbContext db, IEventBus bus, IPartialRenderer renderer, TypingThrottle throttle)
{
    public async Task<bool> PublishAsync(int conversationId, int userId)
    {
        var typist = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId == userId)
            .Select(m => m.User).SingleOrDefaultAsync();
        if (typist is null)
        {
            return false;
        }

        if (!throttle.TryPass(conversationId, userId))
        {
            return true;
        }

        var notice = new TypingNotice(conversationId, userId, typist.Name);
        var html = await renderer.RenderAsync("/Features/Conversations/_Typing.cshtml", notice);
        await bus.PublishToMembersAsync(db, conversationId, new LiveEvent(LiveEventTypes.Typing, notice, html), except: userId);
        return true;
    }
}
