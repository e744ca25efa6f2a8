namespace HybridChat.Data.Entities;

// One person's emoji on one message; the same person may add several different emoji.
public class MessageReaction
{
    // Room for one emoji with its modifiers and joiners (a family, a flag), never for text.
    public const int EmojiMaxLength = 32;

    public long MessageId { get; set; }
    public Message Message { get; set; } = null!;
    public int UserId { get; set; }
    public User User { get; set; } = null!;
    public string Emoji { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
