namespace HybridChat.Web.Infrastructure.Realtime;

// Who has at least one live stream open right now.
public interface IPresence
{
    bool IsOnline(int userId);
}
