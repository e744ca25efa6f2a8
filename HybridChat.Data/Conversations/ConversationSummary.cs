using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;

namespace HybridChat.Data.Conversations;

public record MessagePreview(long Id, int SenderId, string SenderName, string Text, DateTime CreatedAt, bool Deleted);

// A row of someone's conversation list: what they need to pick a chat, as they see it. A direct
// chat's avatar is the other person's.
public record ConversationSummary(Conversation Conversation, string Title, MessagePreview? LastMessage, int UnreadCount, Avatar Avatar);
