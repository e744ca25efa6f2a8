using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Accounts;

// A deleted account's other browser sessions end on their next request rather than at the next
// periodic security-stamp check, which would leave them acting as the tombstone for a while.
public class DeletedAccountStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<User> signIn, ILoggerFactory logger)
    : SecurityStampValidator<User>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.Principal is { } principal ? await SignInManager.UserManager.GetUserAsync(principal) : null;
        if (user is null || user.IsDeleted)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        await base.ValidateAsync(context);
    }
}
