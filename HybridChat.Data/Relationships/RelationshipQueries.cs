using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Relationships;

public static class RelationshipQueries
{
    public static Task<bool> AreFriendsAsync(this ChatDbContext db, int userA, int userB)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pair = Friendship.Between(userA, userB);
        return db.Friendships.AnyAsync(f => f.UserLowId == pair.UserLowId && f.UserHighId == pair.UserHighId);
    }

    public static Task<bool> BlockedEitherWayAsync(this ChatDbContext db, int userA, int userB)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Blocks.AnyAsync(b => (b.BlockerId == userA && b.BlockedId == userB) || (b.BlockerId == userB && b.BlockedId == userA));
    }
}
