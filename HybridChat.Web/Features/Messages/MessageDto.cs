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

// A reply's quote of the message it answers: its first words, or Deleted (and no text) once the
// original is deleted.
public record ReplyQuoteDto(long Id, SenderDto Sender, string Excerpt, bool Deleted)
{
    public const int ExcerptLength = 120;

    public static ReplyQuoteDto From(Message original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = original.IsDeleted ? "" : original.Text;
        return new(original.Id, SenderDto.From(original.Sender), text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…",
            original.IsDeleted);
    }
}

// One emoji on a message and everyone who added it, first to react first.
public record ReactionDto(string Emoji, int Count, IReadOnlyList<SenderDto> Users)
{
    public static IReadOnlyList<ReactionDto> ListOf(Message message) => message.IsDeleted ? [] :
        [.. message.Reactions.GroupBy(r => r.Emoji)
            .OrderBy(g => g.Min(r => r.CreatedAt))
            .Select(g => new ReactionDto(g.Key, g.Count(), [.. g.OrderBy(r => r.CreatedAt).Select(r => SenderDto.From(r.User))]))];
}

// CallId is set on a call's record ("Missed video call"), which clients show as an event of the chat.
// Text is what the sender wrote; Html is the same, rendered as the web page shows it.
public record MessageDto(long Id, int ConversationId, SenderDto Sender, string Text, string Html, IReadOnlyList<AttachmentDto> Attachments,
    DateTime CreatedAt, DateTime? EditedAt, DateTime? DeletedAt, string ClientMessageId, long? CallId, ReplyQuoteDto? ReplyTo,
    IReadOnlyList<ReactionDto> Reactions, IReadOnlyList<int> MentionedUserIds, bool MentionsEveryone, DateTime? PinnedAt)
{
    public static MessageDto From(Message message) => new(message.Id, message.ConversationId,
        SenderDto.From(message.Sender),
        message.Text, MessageFormatting.Render(message).Value ?? "",
        message.IsDeleted ? [] : [.. message.Attachments.Select(AttachmentDto.From)],
        message.CreatedAt, message.EditedAt, message.DeletedAt, message.ClientMessageId, message.CallId,
        message.ReplyTo is { } original ? ReplyQuoteDto.From(original) : null,
        ReactionDto.ListOf(message),
        message.IsDeleted ? [] : [.. message.Mentions.Select(m => m.UserId).Order()],
        !message.IsDeleted && message.MentionsEveryone,
        message.IsDeleted ? null : message.PinnedAt);
}
