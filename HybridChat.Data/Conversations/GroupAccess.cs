using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

public static class GroupAccess
{
    // The caller's own membership, with its conversation: everything about a group is reached
    // through it, so a stranger finds nothing.
    public static Task<Membership?> MembershipAsync(this ChatDbContext db, int conversationId, int userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Memberships.Include(m => m.Conversation)
            .SingleOrDefaultAsync(m => m.ConversationId == conversationId && m.UserId == userId);
    }

    // Null when the caller may act on the group under the given rule; otherwise why not.
    public static GroupResult? Check(Membership? actor, Func<Membership, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (actor is null)
        {
            return GroupResult.Refused(GroupProblem.NotFound);
        }

        if (actor.Conversation.Kind != ConversationKind.Group)
        {
            return GroupResult.Refused(GroupProblem.NotAGroup, "This is a direct chat, not a group.");
        }

        return rule(actor) is { } reason ? GroupResult.Refused(GroupProblem.Forbidden, reason) : null;
    }

    // Adds the user unless they are in already; a concurrent join of the same person loses on the
    // membership's key and counts as "already in".
    public static async Task<bool> AddMemberAsync(this ChatDbContext db, int conversationId, int userId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Memberships.AnyAsync(m => m.ConversationId == conversationId && m.UserId == userId))
        {
            return false;
        }

        var membership = new Membership { ConversationId = conversationId, UserId = userId, JoinedAt = now };
        db.Memberships.Add(membership);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(membership).State = EntityState.Detached;
            if (await db.Memberships.AnyAsync(m => m.ConversationId == conversationId && m.UserId == userId))
            {
                return false;
            }

            throw;
        }
    }
}
