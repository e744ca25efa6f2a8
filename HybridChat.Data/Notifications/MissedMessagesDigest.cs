namespace HybridChat.Data.Notifications;

public record MissedMessage(long Id, string SenderName, string Text, DateTime CreatedAt, bool MentionsYou);

public record MissedConversation(int ConversationId, string Title, long UpToMessageId, long PreviouslyEmailedUpTo, IReadOnlyList<MissedMessage> Messages);

public record MissedMessagesDigest(int UserId, string Email, string Name, IReadOnlyList<MissedConversation> Conversations);
