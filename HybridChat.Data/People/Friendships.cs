using HybridChat.Data.Entities;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.People;

// Friend requests and friendships for the web pages and the API alike. Unique keys (one pending
// request per pair, one friendship per pair) settle races; each answer says how things now stand.
public class Friendships(ChatDbContext db, TimeProvider clock)
{
    public Task<FriendRequestResult> RequestAsync(int fromUserId, int toUserId) => RequestAsync(fromUserId, toUserId, retried: false);

    // Receiver only. Claiming the pending status is one conditional update, so a second accept
    // (double click, other tab) finds nothing left to claim.
    public Task<FriendRequestResult> AcceptAsync(int userId, int requestId) => db.InTransactionAsync(async () =>
    {
        var request = await db.FriendRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.ToUserId == userId);
        if (request is null || await db.BlockedEitherWayAsync(request.FromUserId, userId))
        {
            return FriendRequestResult.Refused(RelationshipProblem.NotFound);
        }

        if (!await ClaimAsync(db.FriendRequests.Where(r => r.Id == requestId), FriendRequestStatus.Accepted))
        {
            return FriendRequestResult.Refused(RelationshipProblem.AlreadyAnswered, await LoadAsync(requestId));
        }

        if (!await db.AreFriendsAsync(request.FromUserId, userId))
        {
            var friendship = Friendship.Between(request.FromUserId, userId);
            friendship.CreatedAt = Now;
            db.Friendships.Add(friendship);
            await db.SaveChangesAsync();
        }

        return FriendRequestResult.Done(await LoadAsync(requestId));
    });

    public Task<FriendRequestResult> RejectAsync(int userId, int requestId) =>
        AnswerAsync(db.FriendRequests.Where(r => r.Id == requestId && r.ToUserId == userId), FriendRequestStatus.Rejected);

    public Task<FriendRequestResult> CancelAsync(int userId, int requestId) =>
        AnswerAsync(db.FriendRequests.Where(r => r.Id == requestId && r.FromUserId == userId), FriendRequestStatus.Cancelled);

    public async Task<bool> EndAsync(int userId, int friendId) => await db.FriendshipOf(userId, friendId).ExecuteDeleteAsync() == 1;

    private async Task<FriendRequestResult> RequestAsync(int fromUserId, int toUserId, bool retried)
    {
        if (fromUserId == toUserId)
        {
            return FriendRequestResult.Refused(RelationshipProblem.Yourself);
        }

        if (!await db.Users.AnyAsync(u => u.Id == toUserId && u.DeletedAt == null) || await db.BlockedEitherWayAsync(fromUserId, toUserId))
        {
            return FriendRequestResult.Refused(RelationshipProblem.NotFound);
        }

        if (await db.AreFriendsAsync(fromUserId, toUserId))
        {
            return FriendRequestResult.Refused(RelationshipProblem.AlreadyFriends);
        }

        var pending = await db.FriendRequests.AsNoTracking().PendingBetween(fromUserId, toUserId).SingleOrDefaultAsync();
        if (pending is not null)
        {
            // They already asked: asking back is saying yes.
            return pending.FromUserId == fromUserId
                ? FriendRequestResult.Refused(RelationshipProblem.AlreadyRequested, await LoadAsync(pending.Id))
                : await AcceptAsync(fromUserId, pending.Id);
        }

        var request = new FriendRequest { FromUserId = fromUserId, ToUserId = toUserId, PairKey = FriendRequest.PairKeyFor(fromUserId, toUserId), CreatedAt = Now };
        db.FriendRequests.Add(request);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (!retried)
        {
            // A concurrent request of the same pair won the unique index: answer as if it came first.
            db.ChangeTracker.Clear();
            return await RequestAsync(fromUserId, toUserId, retried: true);
        }

        return FriendRequestResult.Done(await LoadAsync(request.Id));
    }

    private async Task<FriendRequestResult> AnswerAsync(IQueryable<FriendRequest> mine, FriendRequestStatus answer)
    {
        var request = await mine.AsNoTracking().SingleOrDefaultAsync();
        if (request is null)
        {
            return FriendRequestResult.Refused(RelationshipProblem.NotFound);
        }

        var claimed = await ClaimAsync(mine, answer);
        var now = await LoadAsync(request.Id);
        return claimed ? FriendRequestResult.Done(now) : FriendRequestResult.Refused(RelationshipProblem.AlreadyAnswered, now);
    }

    private async Task<bool> ClaimAsync(IQueryable<FriendRequest> request, FriendRequestStatus answer)
    {
        var now = Now;
        return await request.Where(r => r.Status == FriendRequestStatus.Pending)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, answer).SetProperty(x => x.RespondedAt, now)) == 1;
    }

    private Task<FriendRequest> LoadAsync(int requestId) =>
        db.FriendRequests.AsNoTracking().Include(r => r.FromUser).Include(r => r.ToUser).SingleAsync(r => r.Id == requestId);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
