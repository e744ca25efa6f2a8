using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Route(Prefix + "/blocks")]
[Tags("Blocks")]
public class BlocksApiController(RelationshipChanges changes, PeopleDirectory directory) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listBlocks")]
    [EndpointSummary("The people you blocked.")]
    public async Task<ActionResult<ItemList<UserSummary>>> Index() =>
        new ItemList<UserSummary>([.. (await directory.BlockedByAsync(CurrentUserId)).Select(p => UserSummary.From(p.User))]);

    [HttpPut("{userId:int}")]
    [EndpointName("blockUser")]
    [EndpointSummary("Block someone: it ends your friendship and every pending request between you. Blocking twice is fine.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Update(int userId)
    {
        var result = await changes.BlockAsync(CurrentUserId, userId);
        if (result.Problem is { } problem)
        {
            return this.Refusal(problem);
        }

        return NoContent();
    }

    [HttpDelete("{userId:int}")]
    [EndpointName("unblockUser")]
    [EndpointSummary("Unblock someone.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int userId) =>
        await changes.UnblockAsync(CurrentUserId, userId) ? NoContent() : this.Refusal(RelationshipProblem.NotFound);
}
