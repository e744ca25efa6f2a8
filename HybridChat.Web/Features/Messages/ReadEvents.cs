using HybridChat.Data;
using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.Messages;

// Moves a read marker and tells the conversation (the reader's other devices included), so
// unread counts and "Seen" update everywhere.
public class ReadEvents(ReadMarkers markers, IEventBus bus, ChatDbContext db, TimeProvider clock)
{
    public async Task<bool> MarkReadAsync(int conversationId, int userId, long upToMessageId)
    {
        var moved = await markers.MarkReadAsync(conversationId, userId, upToMessageId);
        if (moved is null)
        {
            return false;
        }

        if (moved == true)
        {
            var receipt = new { conversationId, userId, upToMessageId, readAt = clock.GetUtcNow().UtcDateTime };
            await bus.PublishToMembersAsync(db, conversationId, new LiveEvent(LiveEventTypes.ReceiptUpdated, receipt));
        }

        return true;
    }
}
