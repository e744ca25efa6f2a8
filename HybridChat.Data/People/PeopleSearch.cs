using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.People;

// Finds people by user name or display name, anywhere in the name and ignoring case; names that
// start with the query come first. Pages are keyset pages on (rank, user name), which is unique.
public class PeopleSearch(ChatDbContext db)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public async Task<PeoplePage> FindAsync(int viewerId, string? query, PeopleCursor? after, int pageSize = DefaultPageSize)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return PeoplePage.Empty;
        }

        // User names are ASCII and stored upper-cased; display names are upper-cased by the database
        // (beyond ASCII too, see SqliteUnicodeUpper), so "ÉLODIE" finds "élodie".
        var upper = text.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(), not run in .NET.
        var matches = db.Users.Where(u => u.Id != viewerId).VisibleTo(db, viewerId)
            .Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper))
            .Select(u => new
            {
                u.Id,
                UserName = u.NormalizedUserName!,
                Rank = u.NormalizedUserName!.StartsWith(upper) || u.DisplayName.ToUpper().StartsWith(upper) ? 0 : 1,
            });
#pragma warning restore CA1304, CA1311, CA1862
        if (after is not null)
        {
            matches = matches.Where(m => m.Rank > after.Rank || (m.Rank == after.Rank && m.UserName.CompareTo(after.UserName) > 0));
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var page = await matches.OrderBy(m => m.Rank).ThenBy(m => m.UserName).Take(size + 1).ToListAsync();
        var shown = page.Take(size).Select(m => m.Id).ToList();
        var people = await db.Users.Where(u => shown.Contains(u.Id)).ToPeopleSeenByAsync(db, viewerId);
        var next = page.Count > size ? new PeopleCursor(page[size - 1].Rank, page[size - 1].UserName) : null;
        return new PeoplePage([.. people.OrderBy(p => shown.IndexOf(p.User.Id))], next);
    }
}
