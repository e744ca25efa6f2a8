using HybridChat.Data.Entities;

namespace HybridChat.Web.Infrastructure.Realtime;

// Who has at least one live stream open right now.
public interface IPresence
{
    // On this node.
    bool IsOnline(int userId);

    // On any node.
    bool IsOnlineAnywhere(User user);
}
