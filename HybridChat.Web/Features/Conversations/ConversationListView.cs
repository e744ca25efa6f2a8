using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Features.Conversations;

public record ConversationListView(ConversationListPage Page, int? CurrentId)
{
    // Re-fetched (per reader: titles and unread counts are theirs) whenever the stream says a
    // conversation changed, a receipt moved, or the view may have gone stale.
    public const string Triggers = $"conversations-changed from:document delay:200ms, {LiveEventTypes.ReceiptUpdated} from:document delay:200ms, "
        + $"{LiveEventTypes.MemberAdded} from:document, {LiveEventTypes.MemberRemoved} from:document, "
        + $"{LiveEventTypes.ConversationUpdated} from:document, {LiveEventTypes.StreamResync} from:document";
}
