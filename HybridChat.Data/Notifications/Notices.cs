using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Notifications;

// Who is told about a new message: in a direct chat the other person, in a group whoever it
// mentions (@everyone included); never its sender, never about a conversation they muted, nor
// once they have read it. A push goes only to people with no live stream open anywhere (pages
// with a stream tell their own user); a page asks for what arrived since it last asked.
public class Notices(ChatDbContext db, TimeProvider clock)
{
    public const int BodyMaxLength = 140;

    // A page that was asleep for a while shows a few notifications, not a flood.
    private const int PageLimit = 10;

    public Task<List<Notice>> ForPushAsync(long messageId, CancellationToken cancellationToken) =>
        DueAsync(messageId, userId: null, after: 0, awayAt: clock.GetUtcNow().UtcDateTime, limit: int.MaxValue, cancellationToken);

    public Task<List<Notice>> ForUserAsync(int userId, long afterMessageId, CancellationToken cancellationToken) =>
        DueAsync(messageId: null, userId, afterMessageId, awayAt: null, limit: PageLimit, cancellationToken);

    // The tab title's count: unread messages of others, muted conversations aside.
    public Task<int> UnreadCountAsync(int userId, CancellationToken cancellationToken) =>
        (from message in db.Messages
         join mine in db.Memberships on message.ConversationId equals mine.ConversationId
         where mine.UserId == userId && !mine.Muted && message.Id > mine.LastReadMessageId && message.SenderId != userId && message.DeletedAt == null
         select message.Id).CountAsync(cancellationToken);

    // Where a page starts asking from: the newest message of any of the user's conversations.
    public async Task<long> LatestMessageIdAsync(int userId, CancellationToken cancellationToken) =>
        await db.Memberships.Where(m => m.UserId == userId).MaxAsync(m => m.Conversation.LastMessageId, cancellationToken) ?? 0;

    private async Task<List<Notice>> DueAsync(long? messageId, int? userId, long after, DateTime? awayAt, int limit, CancellationToken cancellationToken)
    {
        var rows = await (
            from message in db.Messages
            join membership in db.Memberships on message.ConversationId equals membership.ConversationId
            where (messageId == null || message.Id == messageId) && (userId == null || membership.UserId == userId) && message.Id > after
                && message.SenderId != membership.UserId && message.DeletedAt == null && !membership.Muted
                && message.Id > membership.LastReadMessageId && membership.User.DeletedAt == null
                && (awayAt == null || membership.User.OnlineUntil == null || membership.User.OnlineUntil < awayAt)
                && (message.Conversation.Kind == ConversationKind.Direct || message.MentionsEveryone || message.Mentions.Any(x => x.UserId == membership.UserId))
            orderby message.Id
            select new
            {
                membership.UserId, MessageId = message.Id, message.ConversationId, message.Conversation.Kind, message.Conversation.Title,
                Sender = message.Sender.DisplayName == "" ? message.Sender.UserName : message.Sender.DisplayName, message.Text,
            })
            .Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Notice(r.UserId, r.MessageId, r.ConversationId,
            r.Kind == ConversationKind.Direct ? r.Sender ?? User.DeletedName : $"{r.Sender} in {Conversation.TitleFor(r.Kind, r.Title, null)}",
            Excerpt(r.Text)))];
    }

    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? "Sent an attachment" : line.Length <= BodyMaxLength ? line : string.Concat(line.AsSpan(0, BodyMaxLength - 1), "…");
    }
}
