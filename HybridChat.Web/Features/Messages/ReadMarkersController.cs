using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Authorize]
public class ReadMarkersController(ReadEvents reads) : Controller
{
    // Sent by the open chat as messages come into view.
    [HttpPost("/conversations/{conversationId:int}/read")]
    public async Task<IActionResult> Create(int conversationId, long upToMessageId) =>
        await reads.MarkReadAsync(conversationId, User.Id(), upToMessageId) ? NoContent() : NotFound();
}
