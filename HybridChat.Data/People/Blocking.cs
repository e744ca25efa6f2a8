using HybridChat.Data.Entities;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.People;

// Blocking ends the friendship and every pending request of the pair, in one transaction: the
// blocker's incoming requests count as rejected, their outgoing ones as cancelled.
public class Blocking(ChatDbContext db, TimeProvider clock)
{
    public async Task<BlockResult> BlockAsync(int blockerId, int blockedId)
    {
        if (blockerId == blockedId)
        {
            return BlockResult.Refused(RelationshipProblem.Yourself);
        }

        if (!await db.Users.Where(u => u.Id == blockedId).VisibleTo(db, blockerId).AnyAsync())
        {
            return BlockResult.Refused(RelationshipProblem.NotFound);
        }

        try
        {
            return await db.InTransactionAsync(() => WriteBlockAsync(blockerId, blockedId));
        }
        catch (DbUpdateException)
        {
            // The same block, written a moment ago by a concurrent request: blocking is idempotent.
            return new BlockResult(null, false, []);
        }
    }

    public async Task<bool> UnblockAsync(int blockerId, int blockedId) =>
        await db.Blocks.Where(b => b.BlockerId == blockerId && b.BlockedId == blockedId).ExecuteDeleteAsync() == 1;

    private async Task<BlockResult> WriteBlockAsync(int blockerId, int blockedId)
    {
        if (await db.Blocks.AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId))
        {
            return new BlockResult(null, false, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Blocks.Add(new Block { BlockerId = blockerId, BlockedId = blockedId, CreatedAt = now });
        await db.SaveChangesAsync();
        var pending = db.FriendRequests.PendingBetween(blockerId, blockedId);
        var ended = await pending.Select(r => r.Id).ToListAsync();
        await pending.Where(r => r.ToUserId == blockerId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, FriendRequestStatus.Rejected).SetProperty(x => x.RespondedAt, now));
        await pending.ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, FriendRequestStatus.Cancelled).SetProperty(x => x.RespondedAt, now));
        var endedFriendship = await db.FriendshipOf(blockerId, blockedId).ExecuteDeleteAsync() == 1;
        var requests = await db.FriendRequests.AsNoTracking().Include(r => r.FromUser).Include(r => r.ToUser)
            .Where(r => ended.Contains(r.Id)).ToListAsync();
        return new BlockResult(null, endedFriendship, requests);
    }
}
