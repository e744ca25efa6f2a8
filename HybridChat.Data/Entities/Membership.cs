namespace HybridChat.Data.Entities;

public class Membership
{
    public int ConversationId { get; set; }
    public Conversation Conversation { get; set; } = null!;
    public int UserId { get; set; }
    public User User { get; set; } = null!;
    public MemberRole Role { get; set; } = MemberRole.Member;
    public DateTime JoinedAt { get; set; } = DateTime.UtcNow;
    public long LastReadMessageId { get; set; }
    public DateTime? LastReadAt { get; set; }

    // The newest message already listed in a missed-message email, and when that email was written.
    public long EmailedUpToMessageId { get; set; }
    public DateTime? EmailedAt { get; set; }

    // No browser notification, push or missed-message email about this conversation for this member.
    public bool Muted { get; set; }

    public bool MarkReadUpTo(long messageId, DateTime now)
    {
        if (messageId <= LastReadMessageId)
        {
            return false;
        }

        LastReadMessageId = messageId;
        LastReadAt = now;
        return true;
    }
}
