using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Avatars;

namespace HybridChat.Web.Features.Conversations;

public record MessagePreviewDto(long Id, int SenderId, string SenderName, string Text, DateTime CreatedAt, bool Deleted)
{
    public static MessagePreviewDto? From(MessagePreview? preview) => preview is null ? null
        : new(preview.Id, preview.SenderId, preview.SenderName, preview.Deleted ? "" : preview.Text, preview.CreatedAt, preview.Deleted);
}

public record ConversationListItemDto(int Id, ConversationKind Kind, string Title, string? AvatarUrl, MessagePreviewDto? LastMessage,
    int UnreadCount, DateTime UpdatedAt)
{
    public static ConversationListItemDto From(ConversationSummary summary) => new(summary.Conversation.Id, summary.Conversation.Kind,
        summary.Title, AvatarUrls.Api(summary.Avatar),
        MessagePreviewDto.From(summary.LastMessage), summary.UnreadCount, summary.Conversation.UpdatedAt);
}

// StreamPosition: the change-log position this list was read at; open the event stream from it.
public record ConversationListDto(IReadOnlyList<ConversationListItemDto> Items, string? NextCursor, long StreamPosition);
