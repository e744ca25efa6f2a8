using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Reactions;

// Reacting for the page and the API: the reaction is written and, when something changed, announced
// as an update of its message.
public class Reacting(ReactionEditor editor, MessageEvents events)
{
    public async Task<MessagePosting> AddAsync(long messageId, int userId, string? emoji) =>
        await events.AnnounceAsync(await editor.AddAsync(messageId, userId, emoji));

    public async Task<MessagePosting> RemoveAsync(long messageId, int userId, string? emoji) =>
        await events.AnnounceAsync(await editor.RemoveAsync(messageId, userId, emoji));

    public async Task<MessagePosting> ToggleAsync(long messageId, int userId, string? emoji) =>
        await events.AnnounceAsync(await editor.ToggleAsync(messageId, userId, emoji));
}
