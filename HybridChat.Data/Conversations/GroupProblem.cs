namespace HybridChat.Data.Conversations;

public enum GroupProblem
{
    // The caller is not in the conversation, or the person or code named does not exist for them.
    NotFound,

    // A direct chat: it has no roles, settings, join codes, or members to add or remove.
    NotAGroup,

    // The caller's role does not allow it.
    Forbidden,

    AlreadyMember,

    Invalid,
}
