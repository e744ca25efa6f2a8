using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Events;

// The browser's live stream: HTML fragments for htmx, opened once by the layout.
[Authorize]
public class EventsController(EventStreamer streamer, SignInManager<User> signIn, IOptions<IdentityOptions> identity) : Controller
{
    [HttpGet("/events")]
    public async Task Stream()
    {
        // Pages check the cookie's security stamp only now and then; a stream that just ended
        // because the password changed must not reopen on the old cookie.
        if (await signIn.ValidateSecurityStampAsync(User) is null)
        {
            await signIn.SignOutAsync();
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signed out",
                detail: "This session has ended. Log in again.").ExecuteAsync(HttpContext);
            return;
        }

        await streamer.StreamAsync(HttpContext, StreamSession.FromCookie(User, identity.Value.ClaimsIdentity.SecurityStampClaimType),
            StreamStart.From(Request), StreamFormat.Html);
    }
}
