using System.Globalization;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Accounts;

// What a deletion ended, for the people who should hear about it.
public record DeletedAccount(int UserId, IReadOnlyList<GroupResult> LeftGroups, IReadOnlyList<int> FormerFriendIds,
    IReadOnlyList<FriendRequest> CancelledRequests);

// Deleting an account keeps its row as an empty tombstone named "Deleted user", so the messages it
// sent stay in their conversations with an author; everything personal in it goes, and so do its
// friendships, requests, blocks, memberships, tokens and sign-ins. Groups are left the way a member
// leaves one (ownership passes on), each in its own transaction; the rest is one transaction.
public class AccountDeletion(ChatDbContext db, GroupMemberships groups, TimeProvider clock)
{
    public async Task<DeletedAccount> DeleteAsync(int userId)
    {
        var groupIds = await db.Memberships.Where(m => m.UserId == userId && m.Conversation.Kind == ConversationKind.Group)
            .Select(m => m.ConversationId).ToListAsync();
        var left = new List<GroupResult>();
        foreach (var groupId in groupIds)
        {
            left.Add(await groups.RemoveAsync(groupId, userId, userId));
        }

        return await db.InTransactionAsync(async () =>
        {
            var friendIds = await db.Friendships.Where(f => f.UserLowId == userId || f.UserHighId == userId)
                .Select(f => f.UserLowId == userId ? f.UserHighId : f.UserLowId).ToListAsync();
            var pending = await db.FriendRequests.AsNoTracking().Include(r => r.FromUser).Include(r => r.ToUser)
                .Where(r => r.Status == FriendRequestStatus.Pending && (r.FromUserId == userId || r.ToUserId == userId)).ToListAsync();
            await RemoveTracesAsync(userId);
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            Empty(user, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            pending.ForEach(r => r.Status = FriendRequestStatus.Cancelled);
            return new DeletedAccount(userId, left.Where(g => g.Succeeded).ToList(), friendIds, pending);
        });
    }

    private async Task RemoveTracesAsync(int userId)
    {
        await db.Friendships.Where(f => f.UserLowId == userId || f.UserHighId == userId).ExecuteDeleteAsync();
        await db.FriendRequests.Where(r => r.FromUserId == userId || r.ToUserId == userId).ExecuteDeleteAsync();
        await db.Blocks.Where(b => b.BlockerId == userId || b.BlockedId == userId).ExecuteDeleteAsync();
        await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync();
        await db.RefreshTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync();
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync();
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync();
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync();
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync();
    }

    private static void Empty(User user, DateTime now)
    {
        var tombstoneName = $"deleted-{user.Id.ToString(CultureInfo.InvariantCulture)}";
        user.UserName = tombstoneName;
        user.NormalizedUserName = tombstoneName.ToUpperInvariant();
        user.Email = null;
        user.NormalizedEmail = null;
        user.EmailConfirmed = false;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.TwoFactorEnabled = false;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.DisplayName = User.DeletedName;
        user.Bio = null;
        user.AvatarMediaId = null;
        user.LastSeenAt = null;
        user.LastSeenVisibility = LastSeenVisibility.Nobody;
        user.DeletedAt = now;
    }
}
