using HybridChat.Data;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

[Authorize]
[Route("/conversations")]
public class ConversationsController(ChatDbContext db, MessageHistory history) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var conversation = await db.FindForMemberAsync(id, User.Id());
        if (conversation is null)
        {
            return NotFound();
        }

        var page = await history.PageAsync(id, before: null, after: null, limit: 50);
        return View(new ConversationPage(conversation, User.Id(), page.Items, page.HasMore, Composer.For(id)));
    }
}
