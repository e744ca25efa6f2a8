namespace HybridChat.Data.Conversations;

// The outcome of a change to a group. Changed is false when nothing had to change (joining twice);
// OwnerChanged says ownership passed to someone else, so members should reload the roles.
public record GroupResult(int ConversationId, GroupProblem? Problem, string? Detail, ValidationErrors Errors)
{
    public bool Succeeded => Problem is null;

    public bool Changed { get; init; } = true;

    public bool OwnerChanged { get; init; }

    public static GroupResult Done(int conversationId) => new(conversationId, null, null, new ValidationErrors());

    public static GroupResult Refused(GroupProblem problem, string? detail = null) => new(0, problem, detail, new ValidationErrors());

    public static GroupResult Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new GroupResult(0, GroupProblem.Invalid, null, errors);
    }
}
