using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

[Authorize]
public class TypingController(TypingEvents typing) : Controller
{
    [HttpPost("/conversations/{conversationId:int}/typing")]
    public async Task<IActionResult> Create(int conversationId) =>
        await typing.PublishAsync(conversationId, User.Id()) ? NoContent() : NotFound();
}
