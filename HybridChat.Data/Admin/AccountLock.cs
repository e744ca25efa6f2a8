using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

// An admin's lock is Identity's lockout with no end, which is how it is told apart from the
// five-wrong-passwords lockout: only the admin's lock ends the sign-ins that already exist (a new
// security stamp, every refresh token revoked), since anyone can cause the other one.
public class AccountLock(ChatDbContext db, AdminAudit audit, TimeProvider clock)
{
    public static readonly DateTimeOffset Indefinitely = DateTimeOffset.MaxValue;

    public static bool IsLocked(DateTimeOffset? lockoutEnd) => lockoutEnd == Indefinitely;

    public Task<AdminOutcome> LockAsync(int adminId, int userId) => db.InTransactionAsync(async () =>
    {
        var (admin, user) = await db.LoadAsync(adminId, userId);
        if (user is null || user.Id == adminId)
        {
            return AdminOutcome.Refused(user is null ? AdminRefusal.NotFound : AdminRefusal.Yourself, user);
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = Indefinitely;
        user.RenewSecurityStamp();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now));
        audit.Record(admin, AdminAction.Locked, user);
        await db.SaveChangesAsync();
        return AdminOutcome.Done(user);
    });

    public Task<AdminOutcome> UnlockAsync(int adminId, int userId) => db.InTransactionAsync(async () =>
    {
        var (admin, user) = await db.LoadAsync(adminId, userId);
        if (user is null)
        {
            return AdminOutcome.Refused(AdminRefusal.NotFound);
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        audit.Record(admin, AdminAction.Unlocked, user);
        await db.SaveChangesAsync();
        return AdminOutcome.Done(user);
    });
}
