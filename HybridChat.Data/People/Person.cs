using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

// A user as one viewer sees them: the relationship, and the pending request between them if any.
public record Person(User User, Relationship Relationship, int? PendingRequestId)
{
    // Blocking hides presence both ways (the blocked side does not see the blocker at all).
    public bool ShowsPresence => Relationship != Relationship.Blocked && ShowsPresenceTo(User, isFriend: Relationship == Relationship.Friend);

    // Whether someone who shares a conversation with the user, or is their friend, sees when they are online.
    public static bool ShowsPresenceTo(User user, bool isFriend)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LastSeenVisibility switch
        {
            LastSeenVisibility.Everyone => true,
            LastSeenVisibility.Friends => isFriend,
            _ => false,
        };
    }
}
