using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Reactions;

// Clicking an emoji toggles the reader's own reaction: the page is rendered once for every reader,
// so the button cannot say whether it adds or removes.
[Authorize]
[Route("/messages/{id:long}/reactions")]
public class MessageReactionsController(Reacting reacting) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Toggle(long id, [FromForm] string? emoji)
    {
        var posting = await reacting.ToggleAsync(id, User.Id(), emoji);
        return posting.Refusal switch
        {
            MessageRefusal.NotFound => NotFound(),
            MessageRefusal.Conflict => Conflict(),
            _ when !posting.Succeeded => UnprocessableEntity(),
            _ when Request.WantsFragment() => PartialView("/Features/Messages/_MessageUpsert.cshtml", posting.Message),
            _ => Redirect($"/conversations/{posting.Message!.ConversationId}#message-{id}"),
        };
    }
}
