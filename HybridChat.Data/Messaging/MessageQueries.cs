using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Everything a message is shown with, named once for every place that loads messages to show:
// its sender, files, reactions with who made them, mentions, and the message it answers.
public static class MessageQueries
{
    public static IQueryable<Message> ForDisplay(this IQueryable<Message> messages) => messages
        .Include(m => m.Sender)
        .Include(m => m.Attachments)
        .Include(m => m.Reactions).ThenInclude(r => r.User)
        .Include(m => m.Mentions).ThenInclude(x => x.User)
        .Include(m => m.ReplyTo).ThenInclude(original => original!.Sender)
        .AsSplitQuery();

    public static IQueryable<MessageChange> WithMessagesForDisplay(this IQueryable<MessageChange> changes) => changes
        .Include(c => c.Message).ThenInclude(m => m.Sender)
        .Include(c => c.Message).ThenInclude(m => m.Attachments)
        .Include(c => c.Message).ThenInclude(m => m.Reactions).ThenInclude(r => r.User)
        .Include(c => c.Message).ThenInclude(m => m.Mentions).ThenInclude(x => x.User)
        .Include(c => c.Message).ThenInclude(m => m.ReplyTo).ThenInclude(original => original!.Sender)
        .AsSplitQuery();
}
