using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

// Public groups, which anyone may find and join. Titles are matched anywhere and ignoring case,
// those that start with the query first; pages are keyset pages on (rank, title, id).
public class PublicRooms(ChatDbContext db, TimeProvider clock)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public async Task<RoomPage> FindAsync(int viewerId, string? query, RoomCursor? after, int pageSize = DefaultPageSize)
    {
        var text = query?.Trim() ?? "";
        var upper = text.ToUpperInvariant();
        // Translated to SQL upper(): the database, not a .NET culture, decides the case, beyond ASCII
        // too (see SqliteUnicodeUpper).
#pragma warning disable CA1304, CA1311
        var matches = Listed().Select(c => new { c.Id, Key = c.Title!.ToUpper() }).Where(c => c.Key.Contains(upper)).Select(c => new
        {
            c.Id,
            c.Key,
            Rank = c.Key.StartsWith(upper) ? 0 : 1,
        });
#pragma warning restore CA1304, CA1311
        if (after is not null)
        {
            matches = matches.Where(m => m.Rank > after.Rank
                || (m.Rank == after.Rank && (m.Key.CompareTo(after.Title) > 0 || (m.Key == after.Title && m.Id > after.Id))));
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var page = await matches.OrderBy(m => m.Rank).ThenBy(m => m.Key).ThenBy(m => m.Id).Take(size + 1).ToListAsync();
        var shown = page.Take(size).Select(m => m.Id).ToList();
        var found = await db.Conversations.Where(c => shown.Contains(c.Id))
            .Select(c => new Room(c.Id, c.Title!, c.Memberships.Count, c.Memberships.Any(m => m.UserId == viewerId)))
            .ToListAsync();
        var next = page.Count > size ? new RoomCursor(page[size - 1].Rank, page[size - 1].Key, page[size - 1].Id) : null;
        return new RoomPage([.. found.OrderBy(r => shown.IndexOf(r.Id))], next);
    }

    // Members may "join" again without effect; anyone else only a listed room.
    public async Task<GroupResult> JoinAsync(int userId, int conversationId)
    {
        if (await db.MembershipAsync(conversationId, userId) is { } membership)
        {
            return GroupAccess.Check(membership, _ => null) ?? GroupResult.Done(conversationId) with { Changed = false };
        }

        if (!await Listed().AnyAsync(c => c.Id == conversationId))
        {
            return GroupResult.Refused(GroupProblem.NotFound);
        }

        var added = await db.AddMemberAsync(conversationId, userId, clock.GetUtcNow().UtcDateTime);
        return GroupResult.Done(conversationId) with { Changed = added };
    }

    private IQueryable<Conversation> Listed() =>
        db.Conversations.Where(c => c.Kind == ConversationKind.Group && c.Visibility == ConversationVisibility.Public && c.Memberships.Any());
}
