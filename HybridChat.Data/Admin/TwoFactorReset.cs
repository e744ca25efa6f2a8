using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Admin;

// For someone who lost their authenticator: two-factor sign-in off, the authenticator key and
// recovery codes gone (a new key is made when they set it up again), pending API tickets void,
// and, as when they turn it off themselves, a new security stamp.
public class TwoFactorReset(ChatDbContext db, AdminAudit audit)
{
    public Task<AdminOutcome> ResetAsync(int adminId, int userId) => db.InTransactionAsync(async () =>
    {
        var (admin, user) = await db.LoadAsync(adminId, userId);
        if (user is null)
        {
            return AdminOutcome.Refused(AdminRefusal.NotFound);
        }

        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync();
        user.TwoFactorEnabled = false;
        user.RenewSecurityStamp();
        audit.Record(admin, AdminAction.TwoFactorReset, user);
        await db.SaveChangesAsync();
        return AdminOutcome.Done(user);
    });
}
