using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

// Every change between two people for the pages and the API: made by the friendship and blocking
// rules, then told to both of them, so no caller can make a change they do not hear of.
public class RelationshipChanges(Friendships friendships, Blocking blocking, FriendEvents events)
{
    public async Task<FriendRequestResult> RequestAsync(int fromUserId, int toUserId) => await AnnouncedAsync(await friendships.RequestAsync(fromUserId, toUserId));

    public async Task<FriendRequestResult> AcceptAsync(int userId, int requestId) => await AnnouncedAsync(await friendships.AcceptAsync(userId, requestId));

    public async Task<FriendRequestResult> RejectAsync(int userId, int requestId) => await AnnouncedAsync(await friendships.RejectAsync(userId, requestId));

    public async Task<FriendRequestResult> CancelAsync(int userId, int requestId) => await AnnouncedAsync(await friendships.CancelAsync(userId, requestId));

    public async Task<bool> EndFriendshipAsync(int userId, int friendId)
    {
        var ended = await friendships.EndAsync(userId, friendId);
        if (ended)
        {
            await events.FriendshipEndedAsync(userId, friendId);
        }

        return ended;
    }

    public async Task<BlockResult> BlockAsync(int blockerId, int blockedId)
    {
        var result = await blocking.BlockAsync(blockerId, blockedId);
        if (result.Problem is null)
        {
            await events.BlockedAsync(blockerId, blockedId, result);
        }

        return result;
    }

    // Nobody is told: the blocked person never learnt of the block either.
    public Task<bool> UnblockAsync(int blockerId, int blockedId) => blocking.UnblockAsync(blockerId, blockedId);

    private async Task<FriendRequestResult> AnnouncedAsync(FriendRequestResult result)
    {
        if (result is { Succeeded: true, Request: { } request })
        {
            await events.RequestChangedAsync(request);
        }

        return result;
    }
}
