using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Authorize]
[Route("/blocks")]
public class BlocksController(RelationshipChanges changes, PeopleDirectory directory) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View("Blocks", await directory.BlockedByAsync(User.Id()));

    [HttpPost]
    public async Task<IActionResult> Create(int userId)
    {
        var result = await changes.BlockAsync(User.Id(), userId);
        if (result.Problem is { } problem)
        {
            return this.PersonGone(RelationshipProblems.StatusOf(problem));
        }

        return await this.PersonCardAsync(directory, userId, liveEvent: $"{LiveEventTypes.FriendRemoved}, {LiveEventTypes.FriendRequestCancelled}");
    }

    [HttpPost("{userId:int}/remove")]
    public async Task<IActionResult> Remove(int userId)
    {
        await changes.UnblockAsync(User.Id(), userId);
        return await this.PersonCardAsync(directory, userId);
    }
}
