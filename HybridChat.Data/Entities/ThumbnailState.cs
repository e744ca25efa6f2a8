namespace HybridChat.Data.Entities;

public enum ThumbnailState
{
    NotApplicable = 0,
    Pending = 1,
    Ready = 2,
    Failed = 3,
}
