using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Route(Prefix + "/messages/{id:long}")]
[Tags("Messages")]
public class MessagesApiController(MessageEditing editing, MessageDeletion deletion) : ApiControllerBase
{
    [HttpPatch]
    [EndpointName("editMessage")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [EndpointSummary("Edit your message's text.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<MessageDto>> Update(long id, EditMessageRequest request)
    {
        var posting = await editing.EditAsync(id, CurrentUserId, request.Text);
        if (this.ProblemFor(posting) is { } problem)
        {
            return problem;
        }

        return MessageDto.From(posting.Message!);
    }

    [HttpDelete]
    [EndpointName("deleteMessage")]
    [EndpointSummary("Delete your message (group admins may delete any); a tombstone stays in the history. "
        + "Its files are deleted a moment later; their addresses answer 404 at once.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(long id)
    {
        var posting = await deletion.DeleteAsync(id, CurrentUserId);
        return this.ProblemFor(posting) ?? NoContent();
    }
}
