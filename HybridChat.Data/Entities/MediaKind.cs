namespace HybridChat.Data.Entities;

public enum MediaKind
{
    Other = 0,
    Image = 1,
    Video = 2,
    Audio = 3,
    Document = 4,
}
