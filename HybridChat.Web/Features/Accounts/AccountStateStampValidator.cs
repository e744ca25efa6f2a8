using System.Globalization;
using System.Security.Claims;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

// Checked on every request, from the cached snapshot, rather than at the next periodic
// security-stamp check: a deleted or admin-locked account's browser sessions end on their next
// request, and a granted or withdrawn admin role takes effect on the next request too.
public class AccountStateStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<User> signIn, UserSnapshots users,
    ILoggerFactory logger)
    : SecurityStampValidator<User>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal ?? new ClaimsPrincipal();
        var snapshot = int.TryParse(SignInManager.UserManager.GetUserId(principal), out var userId)
            ? await users.FindAsync(userId, context.HttpContext.RequestAborted)
            : null;
        if (snapshot is null || snapshot.IsDeleted || snapshot.IsLocked)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        // Only a session that is still current gets the new role; an outdated one is left to the stamp check.
        var current = principal.FindFirstValue(SignInManager.Options.ClaimsIdentity.SecurityStampClaimType) == snapshot.SecurityStamp;
        if (current && snapshot.IsAdmin != principal.IsInRole(AdminAccess.Role)
            && await SignInManager.UserManager.FindByIdAsync(snapshot.Id.ToString(CultureInfo.InvariantCulture)) is { } user)
        {
            await SecurityStampVerified(user, context);
            return;
        }

        await base.ValidateAsync(context);
    }
}
