using HybridChat.Data.Entities;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Conversations;

public record ConversationPage(Conversation Conversation, int ViewerId, IReadOnlyList<Message> Messages, bool HasOlder,
    Composer Composer, ConversationListView List, bool Blocked)
{
    public string Title => Conversation.Kind == ConversationKind.Group
        ? Conversation.Title ?? "Group"
        : Conversation.Memberships.FirstOrDefault(m => m.UserId != ViewerId)?.User.Name ?? User.DeletedName;

    public bool OtherSideGone => Conversation.Kind == ConversationKind.Direct && Conversation.Memberships.All(m => m.UserId == ViewerId);
}
