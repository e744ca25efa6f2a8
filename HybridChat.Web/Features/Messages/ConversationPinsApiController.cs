using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Route(Prefix + "/conversations/{conversationId:int}/pins")]
[Tags("Messages")]
public class ConversationPinsApiController(MessagePins pins) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listPinnedMessages")]
    [EndpointSummary("The conversation's pinned messages, the newest pin first.")]
    [ProducesResponseType<PinnedMessagesDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<PinnedMessagesDto>> Index(int conversationId) =>
        await pins.ListAsync(conversationId, CurrentUserId) is { } pinned
            ? new PinnedMessagesDto([.. pinned.Select(MessageDto.From)])
            : NotFound();
}
