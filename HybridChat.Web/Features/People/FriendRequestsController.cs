using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Authorize]
[Route("/friend-requests")]
public class FriendRequestsController(RelationshipChanges changes, PeopleDirectory directory) : Controller
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
    public async Task<IActionResult> Create(int userId) => await RespondAsync(await changes.RequestAsync(User.Id(), userId), userId);

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id) => await RespondAsync(await changes.AcceptAsync(User.Id(), id));

    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id) => await RespondAsync(await changes.RejectAsync(User.Id(), id));

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id) => await RespondAsync(await changes.CancelAsync(User.Id(), id));

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
        return await this.PersonCardAsync(directory, request.OtherSideOf(User.Id()), liveEvent: FriendEvents.TypeOf(request));
    }
}
