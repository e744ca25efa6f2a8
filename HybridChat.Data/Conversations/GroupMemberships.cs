using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

// Who is in a group and in which role: adding friends, changing roles, removing and leaving.
// Role changes and removals run in one transaction each, so two of them cannot interleave and
// leave a group with two owners or none.
public class GroupMemberships(ChatDbContext db, TimeProvider clock)
{
    public async Task<GroupResult> AddAsync(int conversationId, int actorId, int userId)
    {
        var refused = GroupAccess.Check(await db.MembershipAsync(conversationId, actorId), GroupRoles.RefuseManaging);
        if (refused is not null)
        {
            return refused;
        }

        // The same answer whether they are no friend or block the adder: a block stays private.
        if (userId == actorId || !await db.AreFriendsAsync(actorId, userId) || await db.BlockedEitherWayAsync(actorId, userId))
        {
            return GroupResult.Invalid("UserId", "You can add only your friends to a group.");
        }

        return await db.AddMemberAsync(conversationId, userId, clock.GetUtcNow().UtcDateTime)
            ? GroupResult.Done(conversationId)
            : GroupResult.Refused(GroupProblem.AlreadyMember, "They are in this group already.");
    }

    public Task<GroupResult> ChangeRoleAsync(int conversationId, int actorId, int userId, MemberRole role) => db.InTransactionAsync(async () =>
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        var target = await db.MembershipAsync(conversationId, userId);
        var refused = GroupAccess.Check(actor, a => target is null ? null : GroupRoles.RefuseRoleChange(a, target, role));
        if (refused is not null || target is null)
        {
            return refused ?? GroupResult.Refused(GroupProblem.NotFound);
        }

        if (target.Role == role)
        {
            return GroupResult.Done(conversationId) with { Changed = false };
        }

        if (role == MemberRole.Owner)
        {
            actor!.Role = MemberRole.Admin;
        }

        target.Role = role;
        await db.SaveChangesAsync();
        return GroupResult.Done(conversationId) with { OwnerChanged = role == MemberRole.Owner };
    });

    public Task<GroupResult> RemoveAsync(int conversationId, int actorId, int userId) => db.InTransactionAsync(async () =>
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        var target = await db.MembershipAsync(conversationId, userId);
        var refused = GroupAccess.Check(actor, a => target is null ? null : GroupRoles.RefuseRemoval(a, target));
        if (refused is not null || target is null)
        {
            return refused ?? GroupResult.Refused(GroupProblem.NotFound);
        }

        db.Memberships.Remove(target);
        var successor = target.Role == MemberRole.Owner ? await SuccessorAsync(conversationId, userId) : null;
        if (successor is not null)
        {
            successor.Role = MemberRole.Owner;
        }
        else if (target.Role == MemberRole.Owner)
        {
            CloseEmpty(target.Conversation);
        }

        await db.SaveChangesAsync();
        return GroupResult.Done(conversationId) with { OwnerChanged = successor is not null };
    });

    // The longest-standing admin, else the longest-standing member.
    private Task<Membership?> SuccessorAsync(int conversationId, int leavingOwnerId) =>
        db.Memberships.Where(m => m.ConversationId == conversationId && m.UserId != leavingOwnerId)
            .OrderByDescending(m => m.Role).ThenBy(m => m.JoinedAt).ThenBy(m => m.UserId)
            .FirstOrDefaultAsync();

    // The last one out: nobody can see the group any more, so nobody may find or join it either.
    private static void CloseEmpty(Conversation group)
    {
        group.JoinCode = null;
        group.Visibility = ConversationVisibility.Private;
    }
}
