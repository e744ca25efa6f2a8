namespace HybridChat.Data.Notifications;

// Who gets a missed-message email: nobody with an open stream, nor anyone gone for less than
// Idle; only about direct chats and groups of at most SmallGroupSize; per conversation at most
// once per Interval.
public record MissedMessageRules(TimeSpan Idle, TimeSpan Interval, int SmallGroupSize, int MaxMessagesPerConversation);
