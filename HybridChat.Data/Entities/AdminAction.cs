namespace HybridChat.Data.Entities;

public enum AdminAction
{
    Locked,
    Unlocked,
    TwoFactorReset,
    Promoted,
    Demoted,
}
