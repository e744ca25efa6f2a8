using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.People;

public record PresenceView(int UserId, bool IsOnline, DateTime? LastSeenAt);

// Presence of a person, or null where their "last seen" setting hides it from this viewer.
public class PeoplePresence(IPresence presence)
{
    public PresenceView? Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Of(person.User, isFriend: person.Relationship == Relationship.Friend, blockedEitherWay: person.Relationship == Relationship.Blocked);
    }

    public PresenceView? Of(User user, bool isFriend, bool blockedEitherWay)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Person.ShowsPresenceTo(user, isFriend, blockedEitherWay) ? new PresenceView(user.Id, presence.IsOnlineAnywhere(user), user.LastSeenAt) : null;
    }
}
