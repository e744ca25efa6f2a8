using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

[Route(Prefix + "/conversations/{conversationId:int}/typing")]
[Tags("Conversations")]
public class TypingApiController(TypingEvents typing) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("sendTyping")]
    [EndpointSummary("Tell the other members you are typing (ephemeral; send again every few seconds while typing).")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Create(int conversationId) =>
        await typing.PublishAsync(conversationId, CurrentUserId) ? NoContent() : NotFound();
}
