using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Authorize]
[Route("/rooms")]
public class RoomsController(PublicRooms rooms) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? query, string? cursor)
    {
        // A mangled cursor starts the list from the top rather than failing the page.
        var after = RoomCursor.TryParse(cursor, out var parsed) ? parsed : null;
        var page = await rooms.FindAsync(User.Id(), query, after);
        return this.PageOrPartial("Rooms", "_RoomResults", new RoomResults(query?.Trim() ?? "", page));
    }
}
