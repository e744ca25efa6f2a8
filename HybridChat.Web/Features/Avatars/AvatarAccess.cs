using HybridChat.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Avatars;

// A person's picture is seen by every signed-in user who can see the person (not across a block,
// not of a deleted account); a group's by its members. To anyone else it does not exist.
public class AvatarAccess(ChatDbContext db)
{
    public Task<Data.Entities.Media?> OfUserAsync(int userId, int viewerId) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.DeletedAt == null
                && !db.Blocks.Any(b => (b.BlockerId == userId && b.BlockedId == viewerId) || (b.BlockerId == viewerId && b.BlockedId == userId)))
            .Select(u => u.AvatarMedia)
            .SingleOrDefaultAsync();

    public Task<Data.Entities.Media?> OfGroupAsync(int conversationId, int viewerId) =>
        db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId && c.Memberships.Any(m => m.UserId == viewerId))
            .Select(c => c.AvatarMedia)
            .SingleOrDefaultAsync();
}
