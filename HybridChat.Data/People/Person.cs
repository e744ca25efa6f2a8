using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

// A user as one viewer sees them: the relationship, and the pending request between them if any.
public record Person(User User, Relationship Relationship, int? PendingRequestId)
{
    public bool ShowsPresence => User.LastSeenVisibility switch
    {
        LastSeenVisibility.Everyone => true,
        LastSeenVisibility.Friends => Relationship == Relationship.Friend,
        _ => false,
    };
}
