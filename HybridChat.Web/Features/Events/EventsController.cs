using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Events;

// The browser's live stream: HTML fragments for htmx, opened once by the layout.
[Authorize]
public class EventsController(EventStreamer streamer, IOptions<IdentityOptions> identity) : Controller
{
    [HttpGet("/events")]
    public async Task Stream()
    {
        await streamer.StreamAsync(HttpContext, StreamSession.FromCookie(User, identity.Value.ClaimsIdentity.SecurityStampClaimType),
            StreamStart.From(Request), StreamFormat.Html);
    }
}
