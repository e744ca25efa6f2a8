using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Route(Prefix + "/conversations")]
[Tags("Conversations")]
[ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public class JoinsApiController(GroupChanges changes, ChatDbContext db) : ApiControllerBase
{
    [HttpPost("join")]
    [EndpointName("joinGroupByCode")]
    [EndpointSummary("Join a group with its join code: 200 with the group, also when you are in it already. 404 for a wrong or turned-off code.")]
    public async Task<ActionResult<ConversationDto>> JoinByCode(JoinByCodeRequest request) =>
        await AnswerAsync(await changes.JoinByCodeAsync(CurrentUserId, request.Code));

    [HttpPost("{id:int}/join")]
    [EndpointName("joinPublicGroup")]
    [EndpointSummary("Join a public group: 200 with the group, also when you are in it already. 404 for a private group you are not in; "
        + "400 for a direct chat.")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ConversationDto>> Join(int id) => await AnswerAsync(await changes.JoinRoomAsync(CurrentUserId, id));

    private async Task<ActionResult<ConversationDto>> AnswerAsync(GroupResult result)
    {
        if (!result.Succeeded)
        {
            return this.Refusal(result);
        }

        return ConversationDto.From((await db.FindForMemberAsync(result.ConversationId, CurrentUserId))!, CurrentUserId);
    }
}
