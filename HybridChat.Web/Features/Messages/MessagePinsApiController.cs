using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Route(Prefix + "/messages/{id:long}/pin")]
[Tags("Messages")]
public class MessagePinsApiController(MessagePinning pinning) : ApiControllerBase
{
    [HttpPut]
    [EndpointName("pinMessage")]
    [EndpointSummary("Pin a message to its conversation: a group's owner and admins may, and both people in a direct chat. "
        + "Pinning a pinned message changes nothing.")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MessageDto>> Update(long id) => Answer(await pinning.SetAsync(id, CurrentUserId, pinned: true));

    [HttpDelete]
    [EndpointName("unpinMessage")]
    [EndpointSummary("Unpin a message; the same people may as pin.")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<MessageDto>> Delete(long id) => Answer(await pinning.SetAsync(id, CurrentUserId, pinned: false));

    private ActionResult<MessageDto> Answer(MessagePosting posting) => posting.Refusal switch
    {
        MessageRefusal.NotFound => NotFound(),
        MessageRefusal.Forbidden => Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the group's owner and admins can pin messages"),
        MessageRefusal.Conflict => Problem(statusCode: StatusCodes.Status409Conflict, title: "The message was deleted"),
        _ => MessageDto.From(posting.Message!),
    };
}
