using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HybridChat.Web.Infrastructure.Auth;

// A well-signed token is not enough: its user must still exist with the security stamp the token
// was issued under (a deleted account, a changed or reset password end it). Read from UserSnapshots,
// so a request pays for the lookup only the first time after the user changed.
public static class AccessTokenUserCheck
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var stamp = principal?.FindFirst(AccessTokens.SecurityStampClaim)?.Value;
        if (!int.TryParse(principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || stamp is null)
        {
            context.Fail("The access token does not name a user.");
            return;
        }

        var user = await context.HttpContext.RequestServices.GetRequiredService<UserSnapshots>()
            .FindAsync(userId, context.HttpContext.RequestAborted);
        if (user?.SecurityStamp != stamp)
        {
            context.Fail("The access token's user no longer exists or has signed out everywhere.");
        }
    }
}
