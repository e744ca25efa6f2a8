using HybridChat.Data.Conversations;

namespace HybridChat.Web.Features.Conversations;

public record ConversationListView(ConversationListPage Page, int? CurrentId)
{
    // Re-fetched (per reader: titles and unread counts are theirs) whenever the stream says a
    // conversation changed, a receipt moved, or the stream came back.
    public const string Triggers = "conversations-changed from:document delay:200ms, receipt.updated from:document delay:200ms, "
        + "member.added from:document, member.removed from:document, conversation.updated from:document, live:reconnected from:document";
}
