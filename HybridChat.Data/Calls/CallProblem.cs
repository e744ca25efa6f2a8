namespace HybridChat.Data.Calls;

public enum CallProblem
{
    // Not your chat or not your call: strangers learn nothing.
    NotFound,

    // Calls are between two friends in their direct chat; groups have none.
    NotADirectChat,

    // One of you blocks the other, or you are no longer friends.
    NotAllowed,

    // The other person (or you) is already in a call.
    Busy,

    // Only the person called answers or declines.
    NotCallee,

    // The call has moved on: answering an ended call, hanging up twice from another tab.
    Over,
}
