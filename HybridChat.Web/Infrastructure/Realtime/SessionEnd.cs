namespace HybridChat.Web.Infrastructure.Realtime;

// Sign-ins of a user ended: one (logging out ends a refresh-token family or a browser session), all
// those made under an older security stamp (a changed or reset password), or all (a deleted or locked account).
// Travels over the event bus, so streams on every node follow; each hears the Reason in
// "session.expired" before it closes.
public sealed record SessionEnd(int UserId, string Reason, string? SignInId = null, string? CurrentStamp = null)
{
    public const string TokenExpired = "token-expired";
    public const string SignedOut = "signed-out";
    public const string PasswordChanged = "password-changed";
    public const string SecurityChanged = "security-changed";
    public const string AccountDeleted = "account-deleted";
    public const string AccountLocked = "account-locked";

    public bool Ends(StreamSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.UserId == UserId
            && (SignInId is null || SignInId == session.SignInId)
            && (CurrentStamp is null || CurrentStamp != session.Stamp);
    }
}
