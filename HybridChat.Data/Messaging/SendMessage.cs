namespace HybridChat.Data.Messaging;

public record SendMessage(int ConversationId, int SenderId, string ClientMessageId, string? Text, IReadOnlyList<int>? AttachmentIds = null);
