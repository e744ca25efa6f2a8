namespace HybridChat.Data.Messaging;

public record SendMessage(int ConversationId, int SenderId, string ClientMessageId, string? Text, IReadOnlyList<int>? AttachmentIds = null)
{
    // Set on the record of a call ("Video call, 3 min"), which the chat shows as an event, not as speech.
    public long? CallId { get; init; }

    // The message this one answers, in the same conversation.
    public long? ReplyToId { get; init; }
}
