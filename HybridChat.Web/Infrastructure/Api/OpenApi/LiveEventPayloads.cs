using System.ComponentModel;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// The data of the events whose publishers build it as an anonymous object, for the document only;
// the integration tests check each arriving event against these.
public record ReceiptUpdatedEvent(int ConversationId, int UserId, long UpToMessageId, DateTime ReadAt);

public record FriendRemovedEvent(int UserId);

public record PresenceChangedEvent(IReadOnlyList<PresenceUpdate> Users);

public record StreamResyncEvent;

public record SessionExpiredEvent(
    [property: Description("Why the stream ended: token-expired (refresh, then resume), signed-out, password-changed, "
        + "security-changed, account-deleted or account-locked (sign in again).")]
    string Reason);
