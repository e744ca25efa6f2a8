namespace HybridChat.Data.Entities;

// A one-to-one audio or video call in a direct chat. Only its state is stored; the media flows
// browser to browser, and the signals (offer, answer, candidates) pass through without being kept.
public class ChatCall
{
    public long Id { get; set; }
    public int ConversationId { get; set; }
    public Conversation Conversation { get; set; } = null!;
    public int CallerId { get; set; }
    public User Caller { get; set; } = null!;
    public int CalleeId { get; set; }
    public User Callee { get; set; } = null!;
    public CallKind Kind { get; set; }
    public CallState State { get; set; }
    public CallEnd? EndedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? EndedAt { get; set; }

    public bool Involves(int userId) => CallerId == userId || CalleeId == userId;

    public int OtherThan(int userId) => userId == CallerId ? CalleeId : CallerId;
}

public enum CallKind
{
    Audio,
    Video,
}

public enum CallState
{
    Ringing,
    Active,
    Ended,
}

public enum CallEnd
{
    // Either side hung up an answered call, or the caller gave up while it rang.
    HungUp,
    Declined,
    NoAnswer,

    // Found open long after both sides left it (a closed browser never hangs up).
    Dropped,
}
