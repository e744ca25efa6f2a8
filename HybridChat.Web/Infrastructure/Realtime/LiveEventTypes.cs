namespace HybridChat.Web.Infrastructure.Realtime;

// The event types of API.md, "Live events".
public static class LiveEventTypes
{
    public const string MessageCreated = "message.created";
    public const string MessageUpdated = "message.updated";
    public const string MessageDeleted = "message.deleted";
    public const string ReceiptUpdated = "receipt.updated";
    public const string ConversationUpdated = "conversation.updated";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";
    public const string FriendRequestReceived = "friend-request.received";
    public const string FriendRequestAccepted = "friend-request.accepted";
    public const string FriendRequestRejected = "friend-request.rejected";
    public const string FriendRemoved = "friend.removed";
    public const string PresenceChanged = "presence.changed";
    public const string Typing = "typing";
}
