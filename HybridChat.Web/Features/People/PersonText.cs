using System.Globalization;
using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public static class PersonText
{
    public static string? Describe(Relationship relationship) => relationship switch
    {
        Relationship.Friend => "Friend",
        Relationship.Outgoing => "Friend request sent",
        Relationship.Incoming => "Wants to be your friend",
        Relationship.Blocked => "Blocked",
        _ => null,
    };

    public static string Describe(PresenceView presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        return presence.IsOnline ? "Online"
            : presence.LastSeenAt is { } seen ? string.Create(CultureInfo.InvariantCulture, $"Last seen {seen:d MMM yyyy, HH:mm} UTC")
            : "Offline";
    }
}
