using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public record FriendsPage(IReadOnlyList<Person> Friends, FriendRequestList Incoming, FriendRequestList Outgoing)
{
    public static async Task<FriendsPage> LoadAsync(PeopleDirectory directory, int userId, IReadOnlyList<Person> friends)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var incoming = await directory.PendingRequestsAsync(userId, FriendRequestDirection.Incoming);
        var outgoing = await directory.PendingRequestsAsync(userId, FriendRequestDirection.Outgoing);
        return new FriendsPage(friends, new(FriendRequestDirection.Incoming, incoming), new(FriendRequestDirection.Outgoing, outgoing));
    }
}
