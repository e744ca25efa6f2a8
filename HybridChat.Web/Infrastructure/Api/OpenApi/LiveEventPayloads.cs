using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// The data of the events whose publishers build it as an anonymous object, for the document only;
// the integration tests check each arriving event against these.
public record ReceiptUpdatedEvent(int ConversationId, int UserId, long UpToMessageId, DateTime ReadAt);

public record FriendRemovedEvent(int UserId);

public record PresenceChangedEvent(IReadOnlyList<PresenceUpdate> Users);

public record StreamResyncEvent;
