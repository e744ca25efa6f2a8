using HybridChat.Data.Entities;
using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public record FriendRequestList(FriendRequestDirection Direction, IReadOnlyList<FriendRequest> Requests)
{
    // The other side of each request, with the actions that fit it.
    public IEnumerable<FriendRequestItem> Items => Requests.Select(r => Direction == FriendRequestDirection.Incoming
        ? new FriendRequestItem(r, new Person(r.FromUser, Relationship.Incoming, r.Id))
        : new FriendRequestItem(r, new Person(r.ToUser, Relationship.Outgoing, r.Id)));
}

public record FriendRequestItem(FriendRequest Request, Person Other);
