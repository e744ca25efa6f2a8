using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

// "Seen" under the reader's own latest message: per reader, so fetched rather than broadcast.
[Authorize]
public class SeenController(ChatDbContext db, ReadMarkers markers) : Controller
{
    [HttpGet("/conversations/{conversationId:int}/seen")]
    public async Task<IActionResult> Show(int conversationId)
    {
        var conversation = await db.FindForMemberAsync(conversationId, User.Id());
        if (conversation is null)
        {
            return NotFound();
        }

        var seen = await markers.SeenByAsync(conversationId, User.Id());
        return PartialView("_Seen", (seen, conversation.Kind == ConversationKind.Group));
    }
}
