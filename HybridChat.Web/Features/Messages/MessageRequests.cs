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

public record MessagePageDto(IReadOnlyList<MessageDto> Items, bool HasMore);
