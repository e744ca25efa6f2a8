namespace HybridChat.Data.Entities;

public class Message
{
    public const int TextMaxLength = 4000;
    public const int ClientMessageIdMaxLength = 64;

    public long Id { get; set; }
    public int ConversationId { get; set; }
    public Conversation Conversation { get; set; } = null!;
    public int SenderId { get; set; }
    public User Sender { get; set; } = null!;

    // Chosen by the sending client; unique per sender, so a retried send finds the stored message.
    public string ClientMessageId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? EditedAt { get; set; }
    public DateTime? DeletedAt { get; set; }

    // The call this message records, if it is a call record.
    public long? CallId { get; set; }

    // The message this one answers; the original may since have been deleted (a tombstone).
    public long? ReplyToId { get; set; }
    public Message? ReplyTo { get; set; }

    public DateTime? PinnedAt { get; set; }
    public int? PinnedById { get; set; }
    public User? PinnedBy { get; set; }

    // @everyone: a mention of every member, without a row per member.
    public bool MentionsEveryone { get; set; }

    public List<Media> Attachments { get; } = [];
    public List<MessageReaction> Reactions { get; } = [];
    public List<MessageMention> Mentions { get; } = [];

    public bool IsDeleted => DeletedAt is not null;
}
