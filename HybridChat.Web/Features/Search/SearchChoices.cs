using HybridChat.Data;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Search;

// The viewer's conversations and the people in them, to narrow a search to one of each.
public static class SearchChoices
{
    public static async Task<SearchResults> WithSearchChoicesAsync(this ChatDbContext db, SearchResults results, int viewerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(results);
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.Memberships.Any(m => m.UserId == viewerId))
            .Select(c => new
            {
                c.Id,
                c.Kind,
                c.Title,
                Members = c.Memberships.Select(m => new SearchChoice(m.UserId, m.User.DisplayName == "" ? m.User.UserName! : m.User.DisplayName)).ToList(),
            }).ToListAsync();
        return results with
        {
            Conversations = [.. conversations.Select(c => new SearchChoice(c.Id,
                Conversation.TitleFor(c.Kind, c.Title, c.Members.FirstOrDefault(m => m.Id != viewerId)?.Name))).OrderBy(c => c.Name)],
            People = [.. conversations.SelectMany(c => c.Members).DistinctBy(m => m.Id).OrderBy(m => m.Name)],
        };
    }
}
