using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Groups;

// Membership and settings changes, told to the members after the change is saved. The htmx pages
// get them as DOM events (no Html) and re-fetch what listens for them (MemberTriggers).
public class GroupEvents(IEventBus bus, ChatDbContext db)
{
    public const string MemberTriggers = $"{LiveEventTypes.MemberAdded} from:document, {LiveEventTypes.MemberRemoved} from:document, "
        + $"{LiveEventTypes.ConversationUpdated} from:document, {LiveEventTypes.StreamResync} from:document";

    // Everyone in the group hears of the newcomer, the newcomer included.
    public async Task MemberAddedAsync(int conversationId, int userId)
    {
        var member = await db.Memberships.AsNoTracking().Include(m => m.User)
            .SingleOrDefaultAsync(m => m.ConversationId == conversationId && m.UserId == userId);
        if (member is not null)
        {
            var data = new MemberAddedEvent(conversationId, userId, MemberDto.From(member));
            await bus.PublishToMembersAsync(db, conversationId, new LiveEvent(LiveEventTypes.MemberAdded, data));
        }
    }

    public async Task GroupCreatedAsync(int conversationId, int ownerId)
    {
        var invited = await db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != ownerId)
            .Select(m => m.UserId).ToListAsync();
        foreach (var userId in invited)
        {
            await MemberAddedAsync(conversationId, userId);
        }
    }

    // The removed person hears it too, so their open pages can say so.
    public async Task MemberRemovedAsync(GroupResult result, int userId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var audience = await db.Memberships.Where(m => m.ConversationId == result.ConversationId).Select(m => m.UserId).ToListAsync();
        var data = new MemberRemovedEvent(result.ConversationId, userId);
        await bus.PublishToUsersAsync([.. audience, userId], new LiveEvent(LiveEventTypes.MemberRemoved, data));
        if (result.OwnerChanged)
        {
            await ConversationUpdatedAsync(result.ConversationId);
        }
    }

    public async Task ConversationUpdatedAsync(int conversationId)
    {
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Memberships).ThenInclude(m => m.User)
            .AsSplitQuery().SingleAsync(c => c.Id == conversationId);
        var audience = conversation.Memberships.Select(m => m.UserId).ToList();
        await bus.PublishToUsersAsync(audience, new LiveEvent(LiveEventTypes.ConversationUpdated, ConversationDto.From(conversation)));
    }
}
