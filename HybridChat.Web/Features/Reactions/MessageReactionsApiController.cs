using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Reactions;

// Both answer the message as it now is, so an app shows the new counts without waiting for the stream.
[Route(Prefix + "/messages/{id:long}/reactions/{emoji}")]
[Tags("Messages")]
public class MessageReactionsApiController(Reacting reacting) : ApiControllerBase
{
    [HttpPut]
    [EndpointName("addReaction")]
    [EndpointSummary("React to a message with one emoji (URL-encoded in the path); adding it again changes nothing. "
        + "At most 20 different emoji per person on one message.")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MessageDto>> Add(long id, string emoji) => Answer(await reacting.AddAsync(id, CurrentUserId, emoji));

    [HttpDelete]
    [EndpointName("removeReaction")]
    [EndpointSummary("Take back your emoji from a message; removing one you did not add changes nothing.")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MessageDto>> Remove(long id, string emoji) => Answer(await reacting.RemoveAsync(id, CurrentUserId, emoji));

    private ActionResult<MessageDto> Answer(MessagePosting posting) =>
        this.ProblemFor(posting) is { } problem ? problem : MessageDto.From(posting.Message!);
}
