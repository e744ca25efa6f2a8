using System.Globalization;
using HybridChat.Data.Notifications;

namespace HybridChat.Web.Features.Notifications;

public record NotificationsDto(int UnreadCount, long LatestMessageId, IReadOnlyList<NoticeDto> Notices);

public record NoticeDto(long MessageId, string Title, string Body, string Url, string Tag)
{
    public static NoticeDto From(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var conversation = notice.ConversationId.ToString(CultureInfo.InvariantCulture);
        return new(notice.MessageId, notice.Title, notice.Body, $"/conversations/{conversation}", $"conversation-{conversation}");
    }
}
