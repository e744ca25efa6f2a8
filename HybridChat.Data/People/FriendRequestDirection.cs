namespace HybridChat.Data.People;

public enum FriendRequestDirection
{
    Incoming,
    Outgoing,
}
