using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

// Request is the request as it now stands (also on a conflict, when it exists); Problem is null on success.
public record FriendRequestResult(FriendRequest? Request, RelationshipProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static FriendRequestResult Done(FriendRequest request) => new(request, null);

    public static FriendRequestResult Refused(RelationshipProblem problem, FriendRequest? request = null) => new(request, problem);
}
