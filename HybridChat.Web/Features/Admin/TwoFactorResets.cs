using HybridChat.Data.Admin;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.Admin;

// Resets an account's two-factor sign-in, then ends the streams of its older sign-ins, as turning
// it off oneself does.
public partial class TwoFactorResets(TwoFactorReset reset, SessionEvents sessions, ILogger<TwoFactorResets> logger)
{
    public async Task<AdminOutcome> ResetAsync(int adminId, int userId)
    {
        var outcome = await reset.ResetAsync(adminId, userId);
        if (outcome is { Succeeded: true, Subject: { } user })
        {
            Reset(logger, userId, adminId);
            await sessions.StampRenewedAsync(user, SessionEnd.SecurityChanged);
        }

        return outcome;
    }

    [LoggerMessage(LogLevel.Information, "Two-factor sign-in of account {UserId} was reset by admin {AdminId}.")]
    private static partial void Reset(ILogger logger, int userId, int adminId);
}
