using HybridChat.Data.Entities;

namespace HybridChat.Web.Infrastructure.Realtime;

// With several nodes, a user whose streams are all on another node is online as far as the database
// lease says: taken when their first stream anywhere opens, released when their last one closes,
// renewed by the nodes holding their streams, repaired when a dead node stops renewing it.
public sealed class ClusterPresence(ConnectionRegistry registry, TimeProvider clock) : IPresence
{
    public bool IsOnline(int userId) => registry.IsOnline(userId);

    public bool IsOnlineAnywhere(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return registry.IsOnline(user.Id) || user.OnlineUntil > clock.GetUtcNow().UtcDateTime;
    }
}
