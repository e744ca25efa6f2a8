using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

public record ConversationListPage(IReadOnlyList<ConversationSummary> Items, string? NextCursor);

// The caller's conversations, newest activity first, keyset-paged on (UpdatedAt, Id). A few flat
// queries for the page's titles, last messages and unread counts (SQLite has no APPLY).
public class ConversationList(ChatDbContext db)
{
    public async Task<ConversationListPage> PageAsync(int userId, ListCursor? after, int limit = 30)
    {
        var query = db.Conversations.AsNoTracking().Where(c => c.Memberships.Any(m => m.UserId == userId));
        if (after is var (updatedAt, id))
        {
            query = query.Where(c => c.UpdatedAt < updatedAt || (c.UpdatedAt == updatedAt && c.Id < id));
        }

        var rows = await query.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync();
        var page = rows.Take(limit).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var others = await OtherMembersAsync(ids, userId);
        var lastMessages = await LastMessagesAsync(page);
        var unread = await UnreadCountsAsync(ids, userId);

        var items = page.Select(c => new ConversationSummary(c, TitleOf(c, others[c.Id]),
            c.LastMessageId is { } last ? lastMessages.GetValueOrDefault(last) : null, unread.GetValueOrDefault(c.Id),
            AvatarOf(c, others[c.Id]))).ToList();
        return new ConversationListPage(items, rows.Count > limit ? ListCursor.Format(page[^1]) : null);
    }

    private async Task<ILookup<int, Avatar>> OtherMembersAsync(List<int> ids, int userId) =>
        (await db.Memberships.Where(m => ids.Contains(m.ConversationId) && m.UserId != userId)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new
            {
                m.ConversationId,
                m.UserId,
                m.User.DisplayName,
                PictureId = m.User.AvatarMedia!.ThumbnailState == ThumbnailState.Ready ? m.User.AvatarMediaId : null,
            })
            .ToListAsync())
        .ToLookup(m => m.ConversationId, m => new Avatar(AvatarOwner.User, m.UserId, m.DisplayName, m.PictureId));

    private async Task<Dictionary<long, MessagePreview>> LastMessagesAsync(List<Conversation> page)
    {
        var lastIds = page.Where(c => c.LastMessageId != null).Select(c => c.LastMessageId!.Value).ToList();
        return await db.Messages.Where(m => lastIds.Contains(m.Id))
            .Select(m => new MessagePreview(m.Id, m.SenderId, m.Sender.DisplayName, m.Text, m.CreatedAt, m.DeletedAt != null))
            .ToDictionaryAsync(m => m.Id);
    }

    private async Task<Dictionary<int, int>> UnreadCountsAsync(List<int> ids, int userId) =>
        await (from message in db.Messages
               join mine in db.Memberships on message.ConversationId equals mine.ConversationId
               where mine.UserId == userId && ids.Contains(message.ConversationId) && message.Id > mine.LastReadMessageId
                   && message.SenderId != userId && message.DeletedAt == null
               group message by message.ConversationId into unread
               select new { ConversationId = unread.Key, Count = unread.Count() })
            .ToDictionaryAsync(u => u.ConversationId, u => u.Count);

    private static string TitleOf(Conversation conversation, IEnumerable<Avatar> others) =>
        Conversation.TitleFor(conversation.Kind, conversation.Title, others.FirstOrDefault()?.Name);

    private static Avatar AvatarOf(Conversation conversation, IEnumerable<Avatar> others) =>
        conversation.Kind == ConversationKind.Group ? Avatar.Of(conversation)
            : others.FirstOrDefault() ?? new Avatar(AvatarOwner.User, 0, User.DeletedName, null);
}
