using HybridChat.Data.Messaging;

namespace HybridChat.Web.Features.Messages;

// Sending for the page and the API: answered once the message is durable, then announced.
public class MessageSending(MessageSender sender, MessageEvents events)
{
    public async Task<MessagePosting> SendAsync(SendMessage message) => await events.AnnounceAsync(await sender.SendAsync(message));
}
