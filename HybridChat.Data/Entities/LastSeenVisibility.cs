namespace HybridChat.Data.Entities;

public enum LastSeenVisibility
{
    Everyone = 0,
    Friends = 1,
    Nobody = 2,
}
