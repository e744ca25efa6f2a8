using HybridChat.Data;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Conversations;

public static class ConversationQueries
{
    // A conversation is found only through the caller's own membership: a stranger gets nothing (404).
    public static Task<Conversation?> FindForMemberAsync(this ChatDbContext db, int conversationId, int userId) =>
        db.Conversations.Include(c => c.Memberships).ThenInclude(m => m.User)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == conversationId && c.Memberships.Any(m => m.UserId == userId));

    public static Task<bool> IsMemberAsync(this ChatDbContext db, int conversationId, int userId) =>
        db.Memberships.AnyAsync(m => m.ConversationId == conversationId && m.UserId == userId);
}
