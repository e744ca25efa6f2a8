using HybridChat.Data.Messaging;

namespace HybridChat.Web.Features.Messages;

// Editing for the page and the API: the new text is written, then announced as the message's update.
public class MessageEditing(MessageEditor editor, MessageEvents events)
{
    public async Task<MessagePosting> EditAsync(long messageId, int userId, string? text) =>
        await events.AnnounceAsync(await editor.EditAsync(messageId, userId, text));
}
