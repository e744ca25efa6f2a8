using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

// One person's presence on its own, for places that show it outside a list (a chat's header) and
// re-fetch it when the stream says they may have missed a change.
[Authorize]
public class PresenceController(PeopleDirectory directory, PeoplePresence presence) : Controller
{
    [HttpGet("/people/{id:int}/presence")]
    public async Task<IActionResult> Show(int id)
    {
        var person = await directory.FindAsync(User.Id(), id);
        if (person is null)
        {
            return NotFound();
        }

        return presence.Of(person) is { } view ? PartialView("_Presence", view) : Content("", "text/html");
    }
}
