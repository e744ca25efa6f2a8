using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Avatars;

namespace HybridChat.Web.Features.Messages;

// AvatarUrl: the person's square picture, null while they have none (show their initials).
public record SenderDto(int Id, string UserName, string DisplayName, string? AvatarUrl)
{
    public static SenderDto From(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.UserName!, user.Name, AvatarUrls.Api(Avatar.Of(user)));
    }
}

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
        SenderDto.From(message.Sender),
        message.Text, message.IsDeleted ? [] : [.. message.Attachments.Select(AttachmentDto.From)],
        message.CreatedAt, message.EditedAt, message.DeletedAt, message.ClientMessageId, message.CallId);
}
