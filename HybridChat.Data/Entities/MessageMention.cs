namespace HybridChat.Data.Entities;

// A member named with @ in a message, found when the message is written, so notifications can
// ask "who was mentioned" without parsing text.
public class MessageMention
{
    public long MessageId { get; set; }
    public Message Message { get; set; } = null!;
    public int UserId { get; set; }
    public User User { get; set; } = null!;
}
