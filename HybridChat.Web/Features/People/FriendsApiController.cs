using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Route(Prefix + "/friends")]
[Tags("Friends")]
public class FriendsApiController(RelationshipChanges changes, PeopleDirectory directory, PeoplePresence presence) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listFriends")]
    [EndpointSummary("Your friends, with presence where their settings show it to you.")]
    public async Task<ActionResult<ItemList<FriendSummary>>> Index() =>
        new ItemList<FriendSummary>([.. (await directory.FriendsOfAsync(CurrentUserId)).Select(f => FriendSummary.From(f, presence.Of(f)))]);

    [HttpDelete("{userId:int}")]
    [EndpointName("removeFriend")]
    [EndpointSummary("End a friendship.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int userId)
    {
        if (!await changes.EndFriendshipAsync(CurrentUserId, userId))
        {
            return this.Refusal(RelationshipProblem.NotFound);
        }

        return NoContent();
    }
}
