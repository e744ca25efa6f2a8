using HybridChat.Data.Entities;

namespace HybridChat.Web.Features.Messages;

public record SenderDto(int Id, string UserName, string DisplayName);

// Width and height (upright) are known for pictures, so a placeholder can keep their shape while
// thumbnailState is pending; failed means the picture could not be decoded: show it as a file. A
// video's shape comes with its poster frame (thumbnailUrl); without one it is a plain player.
public record AttachmentDto(int Id, string FileName, string ContentType, long Size, MediaKind Kind, string Url, string? ThumbnailUrl,
    int? Width, int? Height, ThumbnailState ThumbnailState)
{
    public static AttachmentDto From(Data.Entities.Media media) => new(media.Id, media.FileName, media.ContentType, media.Size, media.Kind,
        $"/api/v1/media/{media.Id}", media.ThumbnailState == ThumbnailState.Ready ? $"/api/v1/media/{media.Id}/thumbnail" : null,
        media.Width, media.Height, media.ThumbnailState);
}

// CallId is set on a call's record ("Missed video call"), which clients show as an event of the chat.
public record MessageDto(long Id, int ConversationId, SenderDto Sender, string Text, IReadOnlyList<AttachmentDto> Attachments,
    DateTime CreatedAt, DateTime? EditedAt, DateTime? DeletedAt, string ClientMessageId, long? CallId)
{
    public static MessageDto From(Message message) => new(message.Id, message.ConversationId,
        new SenderDto(message.Sender.Id, message.Sender.UserName!, message.Sender.Name),
        message.Text, message.IsDeleted ? [] : [.. message.Attachments.Select(AttachmentDto.From)],
        message.CreatedAt, message.EditedAt, message.DeletedAt, message.ClientMessageId, message.CallId);
}
