using HybridChat.Data.Notifications;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Notifications;

[Route(Prefix + "/conversations/{id:int}/mute")]
[Tags("Notifications")]
public class ConversationMuteApiController(ConversationMutes mutes) : ApiControllerBase
{
    [HttpPut]
    [EndpointName("muteConversation")]
    [EndpointSummary("Mute a conversation for yourself: no push, browser notification or missed-message email about it.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Update(int id) => await mutes.SetAsync(id, CurrentUserId, muted: true) ? NoContent() : NotFound();

    [HttpDelete]
    [EndpointName("unmuteConversation")]
    [EndpointSummary("Hear about a muted conversation again.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int id) => await mutes.SetAsync(id, CurrentUserId, muted: false) ? NoContent() : NotFound();
}
