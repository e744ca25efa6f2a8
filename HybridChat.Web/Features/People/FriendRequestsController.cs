using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Authorize]
[Route("/friend-requests")]
public class FriendRequestsController(Friendships friendships, PeopleDirectory directory, FriendEvents events) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(FriendRequestDirection direction = FriendRequestDirection.Incoming)
    {
        var requests = await directory.PendingRequestsAsync(User.Id(), direction);
        return this.PageOrPartial("FriendRequests", "_FriendRequestList", new FriendRequestList(direction, requests));
    }

    [HttpGet("badge")]
    public IActionResult Badge() => PartialView("_RequestsBadge");

    [HttpPost]
    public async Task<IActionResult> Create(int userId) => await RespondAsync(await friendships.RequestAsync(User.Id(), userId), userId);

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id) => await RespondAsync(await friendships.AcceptAsync(User.Id(), id));

    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id) => await RespondAsync(await friendships.RejectAsync(User.Id(), id));

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id) => await RespondAsync(await friendships.CancelAsync(User.Id(), id));

    private async Task<IActionResult> RespondAsync(FriendRequestResult result, int? otherUserId = null)
    {
        if (result.Problem is { } problem && problem is RelationshipProblem.NotFound or RelationshipProblem.Yourself)
        {
            return this.PersonGone(RelationshipProblems.StatusOf(problem));
        }

        if (!result.Succeeded)
        {
            return await this.PersonCardAsync(directory, result.Request?.OtherSideOf(User.Id()) ?? otherUserId!.Value, StatusCodes.Status409Conflict);
        }

        var request = result.Request!;
        await events.RequestChangedAsync(request);
        return await this.PersonCardAsync(directory, request.OtherSideOf(User.Id()), liveEvent: FriendEvents.TypeOf(request));
    }
}
