using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Auth;

// Identity renews the security stamp whenever it ends every sign-in (password changed or reset,
// two-factor turned on or off, authenticator reset) and saves the user through UpdateUserAsync.
// Once that is committed, the live streams opened under the old stamp end as well.
public class ChatUserManager(ChatDbContext db, SessionEvents sessions, IUserStore<User> store, IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<User> passwordHasher, IEnumerable<IUserValidator<User>> userValidators, IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<User>> logger)
    : UserManager<User>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entry = db.Entry(user);
        var stampRenewed = entry.State != EntityState.Detached && entry.Property(u => u.SecurityStamp).OriginalValue != user.SecurityStamp;
        var passwordChanged = entry.Property(u => u.PasswordHash).OriginalValue != user.PasswordHash;
        var result = await base.UpdateUserAsync(user);
        if (result.Succeeded && stampRenewed)
        {
            await sessions.StampRenewedAsync(user, passwordChanged ? SessionEnd.PasswordChanged : SessionEnd.SecurityChanged);
        }

        return result;
    }
}
