namespace HybridChat.Web.Features.Messages;

public record SendMessageRequest
{
    public string ClientMessageId { get; init; } = "";
    public string? Text { get; init; }
    public IReadOnlyList<int>? AttachmentIds { get; init; }

    // The message this one answers; it must be a message of the same conversation, not deleted.
    public long? ReplyToId { get; init; }
}

public record EditMessageRequest
{
    public string Text { get; init; } = "";
}

// StreamPosition: the change-log position this page was read at; open the event stream from it.
public record MessagePageDto(IReadOnlyList<MessageDto> Items, bool HasMore, long StreamPosition);

public record PinnedMessagesDto(IReadOnlyList<MessageDto> Items);
