using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Route(Prefix + "/friend-requests")]
[Tags("Friends")]
public class FriendRequestsApiController(RelationshipChanges changes, PeopleDirectory directory) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listFriendRequests")]
    [EndpointSummary("Your pending friend requests: the ones you received (incoming, the default) or sent (outgoing).")]
    public async Task<ActionResult<ItemList<FriendRequestDto>>> Index(FriendRequestDirection direction = FriendRequestDirection.Incoming) =>
        new ItemList<FriendRequestDto>([.. (await directory.PendingRequestsAsync(CurrentUserId, direction)).Select(FriendRequestDto.Of)]);

    [HttpPost]
    [EndpointName("sendFriendRequest")]
    [EndpointSummary("Ask someone to be your friend: 201. If they already asked you, this accepts their request: 200.")]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<FriendRequestDto>> Create(FriendRequestCreate body)
    {
        var result = await changes.RequestAsync(CurrentUserId, body.UserId!.Value);
        var answer = Answer(result);
        return result is { Succeeded: true, Request.Status: FriendRequestStatus.Pending }
            ? StatusCode(StatusCodes.Status201Created, answer.Value) : answer;
    }

    [HttpPost("{id:int}/accept")]
    [EndpointName("acceptFriendRequest")]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status200OK)]
    [EndpointSummary("Accept a friend request you received.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<FriendRequestDto>> Accept(int id) => Answer(await changes.AcceptAsync(CurrentUserId, id));

    [HttpPost("{id:int}/reject")]
    [EndpointName("rejectFriendRequest")]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status200OK)]
    [EndpointSummary("Reject a friend request you received.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<FriendRequestDto>> Reject(int id) => Answer(await changes.RejectAsync(CurrentUserId, id));

    [HttpDelete("{id:int}")]
    [EndpointName("cancelFriendRequest")]
    [EndpointSummary("Withdraw a friend request you sent that is still pending.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Cancel(int id)
    {
        var answer = Answer(await changes.CancelAsync(CurrentUserId, id));
        return answer.Result ?? NoContent();
    }

    private ActionResult<FriendRequestDto> Answer(FriendRequestResult result) =>
        result.Problem is { } problem ? this.Refusal(problem) : FriendRequestDto.Of(result.Request!);
}
