namespace HybridChat.Data.Entities;

// Only the SHA-256 hash of a refresh token is stored. Tokens issued from one sign-in share a
// family; presenting a token that was already used revokes the whole family.
public class RefreshToken
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public User User { get; set; } = null!;
    public Guid FamilyId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    // The user's security stamp when the token was issued. A password change or reset changes
    // the stamp, which retires every refresh token issued before it.
    public string SecurityStamp { get; set; } = "";
}
