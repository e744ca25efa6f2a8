using Htmx;
using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

// "Chat" on a friend: opens the one conversation of the pair, creating it the first time.
[Authorize]
public class DirectConversationsController(ConversationStarter starter) : Controller
{
    [HttpPost("/conversations/direct")]
    public async Task<IActionResult> Create(int userId)
    {
        var started = await starter.OpenDirectAsync(User.Id(), userId);
        if (started.Conversation is null)
        {
            return NotFound();
        }

        var url = $"/conversations/{started.Conversation.Id}";
        if (Request.IsHtmx())
        {
            Response.Htmx(headers => headers.Redirect(url));
            return NoContent();
        }

        return Redirect(url);
    }
}
