using System.Globalization;
using System.Text.Json;
using HybridChat.Data.Notifications;

namespace HybridChat.Jobs.Notifications;

// The JSON a push carries (the service worker and apps read it): what to show, and where a tap leads.
public record PushPayload(string Title, string Body, string Url, int ConversationId, long MessageId, string Tag)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PushPayload From(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var conversation = notice.ConversationId.ToString(CultureInfo.InvariantCulture);
        return new(notice.Title, notice.Body, $"/conversations/{conversation}", notice.ConversationId, notice.MessageId, $"conversation-{conversation}");
    }
}
