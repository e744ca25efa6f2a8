using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;

namespace HybridChat.Data.Calls;

// The outcome of a step of a call. Record is the chat message that an ending wrote ("Missed call"),
// to be announced like any message; null while the call goes on or when the chat takes no messages.
public record CallResult(ChatCall? Call, CallProblem? Problem, MessagePosting? Record = null)
{
    public bool Succeeded => Problem is null;

    // Calls found open but over while starting this one (see Calling.StartAsync), to announce too.
    public IReadOnlyList<CallResult> Dropped { get; init; } = [];

    public static CallResult Refused(CallProblem problem) => new(null, problem);
}
