namespace HybridChat.Data.Notifications;

// Who gets a missed-message email: nobody with an open stream, nor anyone gone for less than
// Idle; about direct chats and groups of at most SmallGroupSize, and about mentions in larger
// groups; per conversation at most once per Interval.
public record MissedMessageRules(TimeSpan Idle, TimeSpan Interval, int SmallGroupSize, int MaxMessagesPerConversation);
