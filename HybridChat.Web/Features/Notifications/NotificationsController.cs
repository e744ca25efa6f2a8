using HybridChat.Data.Notifications;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Notifications;

// What the page's script needs whenever the live stream says something changed: the unread
// count for the tab title and the notices that arrived after the newest message it has seen.
[Authorize]
[Route("/notifications")]
public class NotificationsController(Notices notices) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(long? after)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var latest = await notices.LatestMessageIdAsync(User.Id(), cancellationToken);
        var due = after is { } seen ? await notices.ForUserAsync(User.Id(), seen, cancellationToken) : [];
        Response.Headers.CacheControl = "no-store";
        return Json(new NotificationsDto(await notices.UnreadCountAsync(User.Id(), cancellationToken), Math.Max(latest, after ?? 0),
            [.. due.Select(NoticeDto.From)]));
    }
}
