using HybridChat.Data.Accounts;
using HybridChat.Web.Infrastructure.Auth;

namespace HybridChat.Web.Features.Accounts;

// An app signing out: the sign-in its refresh token belongs to is revoked, then the live streams
// riding on it are told to end.
public class AppSignOut(RefreshTokens refreshTokens, SessionEvents sessions)
{
    public async Task SignOutAsync(string refreshToken)
    {
        if (await refreshTokens.RevokeFamilyOfAsync(refreshToken) is { } signIn)
        {
            await sessions.SignedOutAsync(signIn.UserId, signIn.FamilyId.ToString("N"));
        }
    }
}
