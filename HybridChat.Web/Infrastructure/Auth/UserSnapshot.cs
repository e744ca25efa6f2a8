using HybridChat.Data.Admin;
using HybridChat.Data.Entities;

namespace HybridChat.Web.Infrastructure.Auth;

// What every authenticated request may need to know about its user, immutable so one copy can be
// shared by concurrent requests.
public sealed record UserSnapshot(int Id, string UserName, string Email, string DisplayName, string? Bio, int? ShownAvatarId,
    LastSeenVisibility LastSeenVisibility, string SecurityStamp, bool IsDeleted, bool IsLocked, bool IsAdmin, bool EmailMissedMessages)
{
    public static UserSnapshot Of(User user, bool isAdmin = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.UserName ?? "", user.Email ?? "", user.DisplayName, user.Bio, user.ShownAvatarId,
            user.LastSeenVisibility, user.SecurityStamp ?? "", user.IsDeleted, AccountLock.IsLocked(user.LockoutEnd), isAdmin, user.EmailMissedMessages);
    }
}
