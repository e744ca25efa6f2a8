using System.Globalization;
using System.Security.Claims;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HybridChat.Web.Infrastructure.Realtime;

// What a stream rides on: the user's security stamp when it opened, the sign-in it belongs to (an
// app's refresh-token family, a browser's cookie session) and, for an access token, when that
// expires. The stream ends when any of them does (see SessionEnd and StreamHeartbeat).
public sealed record StreamSession(int UserId, string Stamp, string? SignInId, DateTimeOffset? ExpiresAt)
{
    public static StreamSession FromAccessToken(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var expires = long.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Exp), NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp) : (DateTimeOffset?)null;
        return new StreamSession(int.Parse(user.FindFirstValue(JwtRegisteredClaimNames.Sub)!, CultureInfo.InvariantCulture),
            user.FindFirstValue(AccessTokens.SecurityStampClaim) ?? "", user.FindFirstValue(JwtRegisteredClaimNames.Sid), expires);
    }

    // The cookie is renewed as the browser uses the site, so it sets no end time for the stream.
    public static StreamSession FromCookie(ClaimsPrincipal user, string stampClaimType)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new StreamSession(user.Id(), user.FindFirstValue(stampClaimType) ?? "", user.FindFirstValue(BrowserSessionEvents.SignInIdClaim), null);
    }
}
