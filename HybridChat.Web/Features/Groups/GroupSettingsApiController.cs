using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Route(Prefix + "/conversations/{id:int}")]
[Tags("Conversations")]
public class GroupSettingsApiController(GroupChanges changes, ChatDbContext db) : ApiControllerBase
{
    [HttpPatch]
    [EndpointName("updateGroup")]
    [EndpointSummary("Rename a group or make it public or private (owner and admins). 400 for a direct chat; 404 unless you are a member.")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ConversationDto>> Update(int id, ReviseGroupRequest request)
    {
        var result = await changes.ReviseAsync(id, CurrentUserId, request.Title, request.Visibility);
        if (!result.Succeeded)
        {
            return this.Refusal(result);
        }

        return ConversationDto.From((await db.FindForMemberAsync(id, CurrentUserId))!, CurrentUserId);
    }
}
