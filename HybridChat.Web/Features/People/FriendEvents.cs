using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.People;

// Tells both people of a pair, after the change is saved. The htmx pages get these as DOM events
// (their Html is null) and re-fetch the badge and lists that listen for them (Triggers).
public class FriendEvents(IEventBus bus)
{
    // from:document, not from:body: HX-Trigger fires on the form that posted, and once the card
    // it sat in is swapped out, htmx dispatches on the document instead.
    public const string RequestTriggers = $"{LiveEventTypes.FriendRequestReceived} from:document, {LiveEventTypes.FriendRequestAccepted} from:document, "
        + $"{LiveEventTypes.FriendRequestRejected} from:document, {LiveEventTypes.FriendRequestCancelled} from:document, {LiveEventTypes.StreamResync} from:document";

    public const string FriendTriggers = $"{LiveEventTypes.FriendRequestAccepted} from:document, {LiveEventTypes.FriendRemoved} from:document, "
        + $"{LiveEventTypes.StreamResync} from:document";

    public static string TypeOf(FriendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            FriendRequestStatus.Pending => LiveEventTypes.FriendRequestReceived,
            FriendRequestStatus.Accepted => LiveEventTypes.FriendRequestAccepted,
            FriendRequestStatus.Rejected => LiveEventTypes.FriendRequestRejected,
            _ => LiveEventTypes.FriendRequestCancelled,
        };
    }

    public ValueTask RequestChangedAsync(FriendRequest request) =>
        bus.PublishToUsersAsync([request.FromUserId, request.ToUserId], new LiveEvent(TypeOf(request), FriendRequestDto.Of(request)));

    public async ValueTask FriendshipEndedAsync(int userId, int friendId)
    {
        await bus.PublishToUsersAsync([userId], new LiveEvent(LiveEventTypes.FriendRemoved, new { userId = friendId }));
        await bus.PublishToUsersAsync([friendId], new LiveEvent(LiveEventTypes.FriendRemoved, new { userId }));
    }

    public async ValueTask BlockedAsync(int blockerId, int blockedId, BlockResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var request in result.EndedRequests)
        {
            await RequestChangedAsync(request);
        }

        if (result.EndedFriendship)
        {
            await FriendshipEndedAsync(blockerId, blockedId);
        }
    }
}
