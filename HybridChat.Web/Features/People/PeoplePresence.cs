using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.People;

public record PresenceView(bool IsOnline, DateTime? LastSeenAt);

// Presence of a person, or null where their "last seen" setting hides it from this viewer.
public class PeoplePresence(IPresence presence)
{
    public PresenceView? Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.ShowsPresence ? new PresenceView(presence.IsOnline(person.User.Id), person.User.LastSeenAt) : null;
    }
}
