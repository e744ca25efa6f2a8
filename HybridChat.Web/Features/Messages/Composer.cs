using HybridChat.Data.Entities;

namespace HybridChat.Web.Features.Messages;

// The message form. Each rendering carries a fresh client message id, so a double submit or a
// retried post of the same form creates one message.
public record Composer(int ConversationId, string ClientMessageId, string? Text = null, string? Error = null)
{
    public static Composer For(int conversationId) => new(conversationId, Guid.NewGuid().ToString("N"));

    public int TextMaxLength => Message.TextMaxLength;

    // Kept when a reply is refused, so the composer stays in reply mode.
    public long? ReplyToId { get; init; }
}

public class ComposerForm
{
    public string ClientMessageId { get; set; } = "";
    public string? Text { get; set; }

    // Uploaded beforehand by the composer's script.
    public List<int> AttachmentIds { get; set; } = [];

    public long? ReplyToId { get; set; }

    // Sent with the form itself when the page runs without JavaScript.
    public List<IFormFile> Files { get; set; } = [];
}
