using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Infrastructure.Auth;

// The browser's cookie session: each sign-in gets an id, so logging out ends the live streams of
// that browser's tabs (and no one else's).
public class BrowserSessionEvents(SessionEvents sessions) : CookieAuthenticationEvents
{
    public const string SignInIdClaim = "sid";

    // These events replace the ones Identity sets up, whose one job is to check the security stamp.
    public override Task ValidatePrincipal(CookieValidatePrincipalContext context) => SecurityStampValidator.ValidatePrincipalAsync(context);

    // Signing in again as the same user (Identity refreshes the cookie after a password or profile
    // change) continues the same sign-in.
    public override Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignInIdClaim))
        {
            var current = context.HttpContext.User;
            var sameUser = current.FindFirstValue(ClaimTypes.NameIdentifier) == identity.FindFirst(ClaimTypes.NameIdentifier)?.Value;
            identity.AddClaim(new Claim(SignInIdClaim, (sameUser ? current.FindFirstValue(SignInIdClaim) : null) ?? Guid.NewGuid().ToString("N")));
        }

        return base.SigningIn(context);
    }

    // The periodic security-stamp check rebuilds the cookie's principal; the sign-in stays the same.
    public static Task KeepSignInId(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(SignInIdClaim) is { } signInId && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(SignInIdClaim, signInId.Value));
        }

        return Task.CompletedTask;
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.HttpContext.User;
        if (user.FindFirstValue(SignInIdClaim) is { } signInId && user.FindFirstValue(ClaimTypes.NameIdentifier) is not null)
        {
            await sessions.SignedOutAsync(user.Id(), signInId);
        }

        await base.SigningOut(context);
    }

    // A live stream cannot follow a redirect to the login page (it would fetch the page as a
    // stream, again and again); it is told 401 and stops.
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }
}
