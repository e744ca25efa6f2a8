using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Relationships;

public static class RelationshipQueries
{
    // The friendship row of a pair, if any (stored once, lower user id first).
    public static IQueryable<Friendship> FriendshipOf(this ChatDbContext db, int userA, int userB)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pair = Friendship.Between(userA, userB);
        return db.Friendships.Where(f => f.UserLowId == pair.UserLowId && f.UserHighId == pair.UserHighId);
    }

    public static Task<bool> AreFriendsAsync(this ChatDbContext db, int userA, int userB) => db.FriendshipOf(userA, userB).AnyAsync();

    public static IQueryable<int> FriendIdsOf(this ChatDbContext db, int userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Friendships.Where(f => f.UserLowId == userId).Select(f => f.UserHighId)
            .Union(db.Friendships.Where(f => f.UserHighId == userId).Select(f => f.UserLowId));
    }

    // Everyone the user blocked or was blocked by: to each other they do not exist.
    public static IQueryable<int> BlockedEitherWayIdsOf(this ChatDbContext db, int userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Blocks.Where(b => b.BlockerId == userId).Select(b => b.BlockedId)
            .Union(db.Blocks.Where(b => b.BlockedId == userId).Select(b => b.BlockerId));
    }

    public static Task<bool> BlockedEitherWayAsync(this ChatDbContext db, int userA, int userB)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Blocks.AnyAsync(b => (b.BlockerId == userA && b.BlockedId == userB) || (b.BlockerId == userB && b.BlockedId == userA));
    }
}
