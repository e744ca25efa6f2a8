using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Route(Prefix + "/friend-requests")]
[Tags("Friends")]
public class FriendRequestsApiController(Friendships friendships, PeopleDirectory directory, FriendEvents events) : ApiControllerBase
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
        var result = await friendships.RequestAsync(CurrentUserId, body.UserId!.Value);
        var answer = await AnswerAsync(result);
        return result is { Succeeded: true, Request.Status: FriendRequestStatus.Pending }
            ? StatusCode(StatusCodes.Status201Created, answer.Value) : answer;
    }

    [HttpPost("{id:int}/accept")]
    [EndpointName("acceptFriendRequest")]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status200OK)]
    [EndpointSummary("Accept a friend request you received.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<FriendRequestDto>> Accept(int id) => await AnswerAsync(await friendships.AcceptAsync(CurrentUserId, id));

    [HttpPost("{id:int}/reject")]
    [EndpointName("rejectFriendRequest")]
    [ProducesResponseType<FriendRequestDto>(StatusCodes.Status200OK)]
    [EndpointSummary("Reject a friend request you received.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<FriendRequestDto>> Reject(int id) => await AnswerAsync(await friendships.RejectAsync(CurrentUserId, id));

    [HttpDelete("{id:int}")]
    [EndpointName("cancelFriendRequest")]
    [EndpointSummary("Withdraw a friend request you sent that is still pending.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Cancel(int id)
    {
        var answer = await AnswerAsync(await friendships.CancelAsync(CurrentUserId, id));
        return answer.Result ?? NoContent();
    }

    private async Task<ActionResult<FriendRequestDto>> AnswerAsync(FriendRequestResult result)
    {
        if (result.Problem is { } problem)
        {
            return this.Refusal(problem);
        }

        await events.RequestChangedAsync(result.Request!);
        return FriendRequestDto.Of(result.Request!);
    }
}
