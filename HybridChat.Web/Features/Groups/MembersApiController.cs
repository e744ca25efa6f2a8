using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Route(Prefix + "/conversations/{id:int}/members")]
[Tags("Conversations")]
[ProducesResponseType(StatusCodes.Status400BadRequest)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public class MembersApiController(GroupChanges changes, ChatDbContext db) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("addMember")]
    [EndpointSummary("Add a friend to a group (owner and admins): 201. 400 if they are not your friend or for a direct chat; 409 if already in.")]
    [ProducesResponseType<MemberDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MemberDto>> Create(int id, AddMemberRequest request)
    {
        var result = await changes.AddMemberAsync(id, CurrentUserId, request.UserId!.Value);
        if (!result.Succeeded)
        {
            return this.Refusal(result);
        }

        var group = (await db.FindForMemberAsync(id, CurrentUserId))!;
        return StatusCode(StatusCodes.Status201Created, MemberDto.From(group.Memberships.Single(m => m.UserId == request.UserId)));
    }

    [HttpPatch("{userId:int}")]
    [EndpointName("changeMemberRole")]
    [EndpointSummary("Change a member's role. Only the owner makes or unmakes admins, and hands over ownership (becoming an admin) with role owner; "
        + "admins cannot change other admins. 400 for a direct chat.")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ConversationDto>> Update(int id, int userId, ChangeRoleRequest request)
    {
        var result = await changes.ChangeRoleAsync(id, CurrentUserId, userId, request.Role!.Value);
        if (!result.Succeeded)
        {
            return this.Refusal(result);
        }

        return ConversationDto.From((await db.FindForMemberAsync(id, CurrentUserId))!, CurrentUserId);
    }

    [HttpDelete("{userId:int}")]
    [EndpointName("removeMember")]
    [EndpointSummary("Remove a member (owner; admins remove members only), or yourself to leave: 204. When the owner leaves, the longest-standing "
        + "admin, else member, becomes owner. 400 for a direct chat.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(int id, int userId)
    {
        var result = await changes.RemoveMemberAsync(id, CurrentUserId, userId);
        if (!result.Succeeded)
        {
            return this.Refusal(result);
        }

        return NoContent();
    }
}
