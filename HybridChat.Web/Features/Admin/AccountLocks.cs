using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;

namespace HybridChat.Web.Features.Admin;

// Locks an account, then ends its live streams on every node; its browser sessions end on their
// next request (AccountStateStampValidator) and its tokens already failed with the new stamp.
public partial class AccountLocks(AccountLock locks, SessionEvents sessions, ILogger<AccountLocks> logger)
{
    public async Task<AdminOutcome> LockAsync(int adminId, int userId)
    {
        var outcome = await locks.LockAsync(adminId, userId);
        if (outcome.Succeeded)
        {
            Locked(logger, userId, adminId);
            await sessions.AccountLockedAsync(userId);
        }

        return outcome;
    }

    public async Task<AdminOutcome> UnlockAsync(int adminId, int userId)
    {
        var outcome = await locks.UnlockAsync(adminId, userId);
        if (outcome.Succeeded)
        {
            Unlocked(logger, userId, adminId);
        }

        return outcome;
    }

    [LoggerMessage(LogLevel.Information, "Account {UserId} was locked by admin {AdminId}.")]
    private static partial void Locked(ILogger logger, int userId, int adminId);

    [LoggerMessage(LogLevel.Information, "Account {UserId} was unlocked by admin {AdminId}.")]
    private static partial void Unlocked(ILogger logger, int userId, int adminId);
}
