namespace HybridChat.Data.Notifications;

// What one person is told about one new message: a browser notification, a push.
public record Notice(int UserId, long MessageId, int ConversationId, string Title, string Body);
