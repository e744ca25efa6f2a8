using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Features.People;

namespace HybridChat.Web.Features.Conversations;

public record ConversationPage(Conversation Conversation, int ViewerId, IReadOnlyList<Message> Messages, bool HasOlder,
    Composer Composer, ConversationListView List, bool Blocked)
{
    // In a direct chat, the other person and their presence where they let the viewer see it.
    public User? Other => Conversation.Kind == ConversationKind.Direct
        ? Conversation.Memberships.FirstOrDefault(m => m.UserId != ViewerId)?.User : null;

    public PresenceView? OtherPresence { get; init; }

    // Where the "New" divider goes: the first message from someone else after the viewer's read marker.
    public long? FirstUnreadId { get; init; }

    public bool MayPin => MessagePins.MayPin(Conversation, Conversation.Memberships.Single(m => m.UserId == ViewerId));

    // Opened at an older message: later ones are not on the page.
    public bool HasNewer { get; init; }

    public string Title => Conversation.TitleFor(Conversation.Kind, Conversation.Title,
        Conversation.Memberships.FirstOrDefault(m => m.UserId != ViewerId)?.User.Name);

    public Avatar Avatar => Conversation.Kind == ConversationKind.Group ? Avatar.Of(Conversation)
        : Other is { } other ? Avatar.Of(other) : new Avatar(AvatarOwner.User, 0, User.DeletedName, null);

    public bool OtherSideGone => Conversation.Kind == ConversationKind.Direct && Conversation.Memberships.All(m => m.UserId == ViewerId);
}
