using HybridChat.Data.Entities;

namespace HybridChat.Data.Messaging;

// Announces a committed change to the live streams; for writers outside the web layer (jobs).
public interface IMessageChangePublisher
{
    Task PublishAsync(MessageChange change);
}
