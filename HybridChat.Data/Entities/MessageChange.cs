namespace HybridChat.Data.Entities;

// The append-only change log. Its id is the SSE event id: a client that reconnects with
// Last-Event-ID is replayed every change of its conversations with a larger id.
public class MessageChange
{
    public long Id { get; set; }
    public int ConversationId { get; set; }
    public long MessageId { get; set; }
    public Message Message { get; set; } = null!;
    public MessageChangeKind Kind { get; set; }
    public DateTime OccurredAt { get; set; } = DateTime.UtcNow;
}
