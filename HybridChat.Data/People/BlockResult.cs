using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

// What a block ended: the friendship, if there was one, and the pending requests of the pair.
public record BlockResult(RelationshipProblem? Problem, bool EndedFriendship, IReadOnlyList<FriendRequest> EndedRequests)
{
    public bool Succeeded => Problem is null;

    public static BlockResult Refused(RelationshipProblem problem) => new(problem, false, []);
}
