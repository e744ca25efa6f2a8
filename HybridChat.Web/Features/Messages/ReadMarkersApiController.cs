using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

public record MarkReadRequest
{
    public long UpToMessageId { get; init; }
}

[Route(Prefix + "/conversations/{conversationId:int}/read")]
[Tags("Messages")]
public class ReadMarkersApiController(ReadEvents reads) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("markRead")]
    [EndpointSummary("Mark the conversation read up to a message. The marker only moves forward.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Create(int conversationId, MarkReadRequest request) =>
        await reads.MarkReadAsync(conversationId, CurrentUserId, request.UpToMessageId) ? NoContent() : NotFound();
}
