using HybridChat.Data.Entities;

namespace HybridChat.Data.Accounts;

// A partial update: null leaves a field as it is.
public record ProfileChange(string? DisplayName, string? Bio, LastSeenVisibility? LastSeenVisibility, bool? EmailMissedMessages = null);
