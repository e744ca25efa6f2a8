using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Search;

public sealed record MessageSearchFilter(int? ConversationId = null, int? SenderId = null, DateTime? From = null, DateTime? To = null);

public sealed record MessageHit(Message Message, string ConversationTitle, string Excerpt);

// NotFound: the filter names a conversation the viewer is not in. NextOffset: where the next page starts.
public sealed record MessageSearchPage(IReadOnlyList<MessageHit> Items, int? NextOffset, bool NotFound = false)
{
    public static readonly MessageSearchPage Empty = new([], null);
}

// Finds words in the messages of the conversations the viewer is a member of now: a removed member's
// membership row is gone, so they find nothing more in that group. Deleted messages are never found.
// Ranked results are paged by offset (best first, then newest), which is stable while no matching
// message is written.
public class MessageSearch(ChatDbContext db, IMessageSearchIndex index)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public async Task<MessageSearchPage> FindAsync(int viewerId, SearchTerms terms, MessageSearchFilter filter, int offset = 0,
        int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ConversationId is { } only && await db.MembershipAsync(only, viewerId) is null)
        {
            return MessageSearchPage.Empty with { NotFound = true };
        }

        if (terms.IsEmpty)
        {
            return MessageSearchPage.Empty;
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var ids = await Matching(viewerId, terms, filter).Skip(Math.Max(0, offset)).Take(size + 1).ToListAsync(cancellationToken);
        var shown = ids.Take(size).ToList();
        var excerpts = (await index.ExcerptsAsync(terms, shown, cancellationToken)).ToDictionary(e => e.Id, e => e.Text);
        var messages = await db.Messages.AsNoTracking().Include(m => m.Sender)
            .Include(m => m.Conversation).ThenInclude(c => c.Memberships).ThenInclude(ms => ms.User)
            .Where(m => shown.Contains(m.Id)).AsSplitQuery().ToDictionaryAsync(m => m.Id, cancellationToken);
        var hits = shown.Select(id => new MessageHit(messages[id], TitleFor(messages[id].Conversation, viewerId), excerpts.GetValueOrDefault(id, "")));
        return new MessageSearchPage([.. hits], ids.Count > size ? offset + size : null);
    }

    private IQueryable<long> Matching(int viewerId, SearchTerms terms, MessageSearchFilter filter)
    {
        var matches =
            from match in index.Matches(terms)
            join message in db.Messages on match.Id equals message.Id
            where message.DeletedAt == null
                && db.Memberships.Any(ms => ms.ConversationId == message.ConversationId && ms.UserId == viewerId)
            select new { match.Rank, Message = message };
        if (filter.ConversationId is { } conversationId)
        {
            matches = matches.Where(m => m.Message.ConversationId == conversationId);
        }

        if (filter.SenderId is { } senderId)
        {
            matches = matches.Where(m => m.Message.SenderId == senderId);
        }

        if (filter.From is { } from)
        {
            matches = matches.Where(m => m.Message.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            matches = matches.Where(m => m.Message.CreatedAt < to);
        }

        return matches.OrderBy(m => m.Rank).ThenByDescending(m => m.Message.Id).Select(m => m.Message.Id);
    }

    private static string TitleFor(Conversation conversation, int viewerId) => Conversation.TitleFor(conversation.Kind, conversation.Title,
        conversation.Memberships.FirstOrDefault(m => m.UserId != viewerId)?.User.Name);
}
