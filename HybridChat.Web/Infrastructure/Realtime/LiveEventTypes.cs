namespace HybridChat.Web.Infrastructure.Realtime;

// The event types of API.md, "Live events", plus friend-request.cancelled (a withdrawn request,
// which API.md has no type for but the receiver's badge must hear about) and stream.resync (sent
// after a replay when events that cannot be replayed may have been missed: re-fetch presence,
// friends, requests, members and unread counts) and session.expired (the stream's last event when
// its access token expires or its sign-in ends: refresh, then resume with Last-Event-ID), and the
// call.* events of one-to-one calls, which API.md predates.
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
    public const string FriendRequestCancelled = "friend-request.cancelled";
    public const string FriendRemoved = "friend.removed";
    public const string PresenceChanged = "presence.changed";
    public const string Typing = "typing";
    public const string CallRinging = "call.ringing";
    public const string CallAccepted = "call.accepted";
    public const string CallSignal = "call.signal";
    public const string CallEnded = "call.ended";
    public const string StreamResync = "stream.resync";
    public const string SessionExpired = "session.expired";
}
