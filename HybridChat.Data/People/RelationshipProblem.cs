namespace HybridChat.Data.People;

public enum RelationshipProblem
{
    NotFound,
    Yourself,
    AlreadyFriends,
    AlreadyRequested,
    AlreadyAnswered,
}
