using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Events;

// The browser's live stream: HTML fragments for htmx, opened once by the layout.
[Authorize]
public class EventsController(EventStreamer streamer) : Controller
{
    [HttpGet("/events")]
    public async Task Stream()
    {
        await streamer.StreamAsync(HttpContext, User.Id(), StreamStart.From(Request), StreamFormat.Html);
    }
}
