using HybridChat.Data.Notifications;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Notifications;

[Authorize]
[Route("/conversations/{id:int}/mute")]
public class ConversationMuteController(ConversationMutes mutes) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Update(int id, bool muted)
    {
        if (!await mutes.SetAsync(id, User.Id(), muted))
        {
            return NotFound();
        }

        return Request.WantsFragment() ? PartialView("/Features/Notifications/_MuteToggle.cshtml", id) : Redirect($"/conversations/{id}");
    }
}
