using HybridChat.Data.Entities;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Infrastructure.Auth;

// Announces, after the commit, that sign-ins ended, so the live streams riding on them end too:
// one sign-in when it logs out, every older one when the security stamp is renewed, all of them
// when the account is deleted or an admin locks it.
public class SessionEvents(IEventBus bus)
{
    public ValueTask SignedOutAsync(int userId, string signInId) =>
        bus.EndSessionsAsync(new SessionEnd(userId, SessionEnd.SignedOut, SignInId: signInId));

    public ValueTask StampRenewedAsync(User user, string reason)
    {
        ArgumentNullException.ThrowIfNull(user);
        return bus.EndSessionsAsync(new SessionEnd(user.Id, reason, CurrentStamp: user.SecurityStamp ?? ""));
    }

    public ValueTask AccountDeletedAsync(int userId) => bus.EndSessionsAsync(new SessionEnd(userId, SessionEnd.AccountDeleted));

    public ValueTask AccountLockedAsync(int userId) => bus.EndSessionsAsync(new SessionEnd(userId, SessionEnd.AccountLocked));
}
