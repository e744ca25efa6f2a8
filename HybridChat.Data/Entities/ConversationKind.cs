namespace HybridChat.Data.Entities;

public enum ConversationKind
{
    Direct = 0,
    Group = 1,
}
