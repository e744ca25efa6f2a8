namespace HybridChat.Data.Entities;

public enum ConversationVisibility
{
    Private = 0,
    Public = 1,
}
