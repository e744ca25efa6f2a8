using HybridChat.Data.Messaging;

namespace HybridChat.Web.Features.Messages;

// Pinning and unpinning for the page and the API: written, then announced as the message's update.
public class MessagePinning(MessagePins pins, MessageEvents events)
{
    public async Task<MessagePosting> SetAsync(long messageId, int userId, bool pinned) =>
        await events.AnnounceAsync(pinned ? await pins.PinAsync(messageId, userId) : await pins.UnpinAsync(messageId, userId));
}
