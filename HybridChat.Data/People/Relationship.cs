namespace HybridChat.Data.People;

// How someone stands to the person looking at them. There is no value for "they blocked me":
// to the blocked person, the blocker does not exist.
public enum Relationship
{
    None = 0,
    Friend = 1,
    Outgoing = 2,
    Incoming = 3,
    Blocked = 4,
}
