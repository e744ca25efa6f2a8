using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public record FriendsPage(IReadOnlyList<Person> Friends, FriendRequestList Incoming, FriendRequestList Outgoing);
