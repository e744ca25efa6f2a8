using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.People;

// Who the viewer may see, and how they stand to each other. Everything is read through the viewer,
// so a user who blocked them, or a request that is not theirs, is simply not found.
public class PeopleDirectory(ChatDbContext db)
{
    public async Task<Person?> FindAsync(int viewerId, int userId)
    {
        var found = await db.Users.Where(u => u.Id == userId).VisibleTo(db, viewerId).ToPeopleSeenByAsync(db, viewerId);
        return found.SingleOrDefault();
    }

    public Task<List<Person>> FriendsOfAsync(int userId) =>
        db.Users.FriendsOf(db, userId).OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToPeopleSeenByAsync(db, userId);

    public Task<List<Person>> BlockedByAsync(int userId) =>
        db.Users.Where(u => db.Blocks.Any(b => b.BlockerId == userId && b.BlockedId == u.Id))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToPeopleSeenByAsync(db, userId);

    public Task<List<FriendRequest>> PendingRequestsAsync(int userId, FriendRequestDirection direction) =>
        PendingOf(userId, direction).Include(r => r.FromUser).Include(r => r.ToUser)
            .OrderByDescending(r => r.Id).AsNoTracking().ToListAsync();

    public Task<int> IncomingRequestCountAsync(int userId) =>
        PendingOf(userId, FriendRequestDirection.Incoming).CountAsync();

    private IQueryable<FriendRequest> PendingOf(int userId, FriendRequestDirection direction) =>
        db.FriendRequests.Where(r => r.Status == FriendRequestStatus.Pending
            && (direction == FriendRequestDirection.Incoming ? r.ToUserId == userId : r.FromUserId == userId));
}
