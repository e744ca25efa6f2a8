namespace HybridChat.Web.Features.Messages;

public record SendMessageRequest
{
    public string ClientMessageId { get; init; } = "";
    public string? Text { get; init; }
    public IReadOnlyList<int>? AttachmentIds { get; init; }
}

public record EditMessageRequest
{
    public string Text { get; init; } = "";
}

// StreamPosition: the change-log position this page was read at; open the event stream from it.
public record MessagePageDto(IReadOnlyList<MessageDto> Items, bool HasMore, long StreamPosition);
