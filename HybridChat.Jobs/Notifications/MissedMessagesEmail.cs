using HybridChat.Data.Notifications;
using HybridChat.Jobs.Email;

namespace HybridChat.Jobs.Notifications;

public record MissedMessagesEmail(MissedMessagesDigest Digest) : IEmailModel
{
    public string Subject => Digest.Conversations.Count == 1
        ? $"New messages in {Digest.Conversations[0].Title}"
        : $"New messages in {Digest.Conversations.Count} conversations";
}
