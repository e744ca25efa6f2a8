using Htmx;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Authorize]
[Route("/friends")]
public class FriendsController(RelationshipChanges changes, PeopleDirectory directory) : Controller
{
    // The page holds the requests too; the list alone refreshes itself when friendships change.
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var me = User.Id();
        var friends = await directory.FriendsOfAsync(me);
        Response.Headers.Append("Vary", HtmxRequestHeaders.Keys.Request);
        return Request.WantsFragment()
            ? PartialView("_FriendList", friends)
            : View("Friends", await FriendsPage.LoadAsync(directory, me, friends));
    }

    [HttpPost("{userId:int}/remove")]
    public async Task<IActionResult> Remove(int userId)
    {
        var ended = await changes.EndFriendshipAsync(User.Id(), userId);
        return await this.PersonCardAsync(directory, userId, liveEvent: ended ? LiveEventTypes.FriendRemoved : null);
    }
}
