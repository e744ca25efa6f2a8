using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Features.Accounts;

// The first step of every sign-in (login page and API). It must not tell whether a name exists:
// an unknown name costs one password hash like a real one and fails, then locks out, the same way.
// A locked account also pays for a hash, so "locked" takes as long as "wrong".
public class PasswordSignIn(UserManager<User> users, UnknownNameLockout unknownNames)
{
    private static string? dummyHash;

    public async Task<(User? User, SignInResult Result)> CheckAsync(string name, string password, Func<User, Task<SignInResult>> signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        name = (name ?? "").Trim();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null || user.IsDeleted)
        {
            HashInVain(password);
            return (null, unknownNames.IsLockedOut(name) || unknownNames.Fail(name) ? SignInResult.LockedOut : SignInResult.Failed);
        }

        if (await users.IsLockedOutAsync(user))
        {
            HashInVain(password);
            return (user, SignInResult.LockedOut);
        }

        return (user, await signIn(user));
    }

    private void HashInVain(string password)
    {
        var stranger = new User();
        dummyHash ??= users.PasswordHasher.HashPassword(stranger, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(stranger, dummyHash, password ?? "");
    }
}
