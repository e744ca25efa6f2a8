using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

// A deleted account's other browser sessions end on their next request rather than at the next
// periodic security-stamp check, which would leave them acting as the tombstone for a while.
public class DeletedAccountStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<User> signIn, UserSnapshots users,
    ILoggerFactory logger)
    : SecurityStampValidator<User>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.Principal is { } principal && int.TryParse(SignInManager.UserManager.GetUserId(principal), out var userId)
            ? await users.FindAsync(userId, context.HttpContext.RequestAborted)
            : null;
        if (user is null || user.IsDeleted)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        await base.ValidateAsync(context);
    }
}
