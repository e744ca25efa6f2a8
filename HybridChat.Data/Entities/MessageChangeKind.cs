namespace HybridChat.Data.Entities;

public enum MessageChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
