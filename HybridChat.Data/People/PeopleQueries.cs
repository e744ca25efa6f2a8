using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.People;

public static class PeopleQueries
{
    // Someone who blocked the viewer is left out, as if they did not exist; so are deleted accounts.
    public static IQueryable<User> VisibleTo(this IQueryable<User> users, ChatDbContext db, int viewerId) =>
        users.Where(u => u.DeletedAt == null && !db.Blocks.Any(b => b.BlockerId == u.Id && b.BlockedId == viewerId));

    public static IQueryable<User> FriendsOf(this IQueryable<User> users, ChatDbContext db, int userId) =>
        users.Where(u => db.Friendships.Any(f => (f.UserLowId == userId && f.UserHighId == u.Id) || (f.UserHighId == userId && f.UserLowId == u.Id)));

    public static IQueryable<FriendRequest> PendingBetween(this IQueryable<FriendRequest> requests, int userA, int userB)
    {
        var pairKey = FriendRequest.PairKeyFor(userA, userB);
        return requests.Where(r => r.PairKey == pairKey && r.Status == FriendRequestStatus.Pending);
    }

    // The last step of a query: one SQL statement answers the relationship of every user in it.
    public static Task<List<Person>> ToPeopleSeenByAsync(this IQueryable<User> users, ChatDbContext db, int viewerId) =>
        users.AsNoTracking().Select(u => new Person(u,
            db.Blocks.Any(b => b.BlockerId == viewerId && b.BlockedId == u.Id) ? Relationship.Blocked
            : db.Friendships.Any(f => (f.UserLowId == viewerId && f.UserHighId == u.Id) || (f.UserHighId == viewerId && f.UserLowId == u.Id)) ? Relationship.Friend
            : db.FriendRequests.Any(r => r.Status == FriendRequestStatus.Pending && r.FromUserId == viewerId && r.ToUserId == u.Id) ? Relationship.Outgoing
            : db.FriendRequests.Any(r => r.Status == FriendRequestStatus.Pending && r.FromUserId == u.Id && r.ToUserId == viewerId) ? Relationship.Incoming
            : Relationship.None,
            db.FriendRequests
                .Where(r => r.Status == FriendRequestStatus.Pending && ((r.FromUserId == viewerId && r.ToUserId == u.Id) || (r.FromUserId == u.Id && r.ToUserId == viewerId)))
                .Select(r => (int?)r.Id).FirstOrDefault()))
            .ToListAsync();
}
