using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

// A user as one viewer sees them: the relationship, and the pending request between them if any.
public record Person(User User, Relationship Relationship, int? PendingRequestId)
{
    // Whether a viewer sees when the user is online: as the user's last-seen setting allows, and
    // never where either blocked the other.
    public static bool ShowsPresenceTo(User user, bool isFriend, bool blockedEitherWay)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !blockedEitherWay && user.LastSeenVisibility switch
        {
            LastSeenVisibility.Everyone => true,
            LastSeenVisibility.Friends => isFriend,
            _ => false,
        };
    }
}
