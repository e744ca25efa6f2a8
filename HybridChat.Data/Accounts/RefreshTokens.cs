using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Accounts;

// FamilyId names the sign-in the token belongs to (every successor keeps it).
public record IssuedRefreshToken(string Value, Guid FamilyId);

// The sign-in that a logout ended.
public record RevokedSignIn(int UserId, Guid FamilyId);

// Refresh tokens are random, stored only as SHA-256 hashes and good for one use. Redeeming one
// issues its successor in the same family; presenting a token that was already used means two
// parties hold it, so the whole family is revoked. Revocation belongs to the family, not to the
// rows that existed at that moment: one revoked row retires every token of its family, including a
// successor that a concurrent refresh writes after the revocation.
public class RefreshTokens(ChatDbContext db, TimeProvider clock)
{
    public async Task<IssuedRefreshToken> IssueAsync(User user, TimeSpan lifetime, Guid? familyId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = SecretText.New();
        var family = familyId ?? Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = family,
            TokenHash = SecretText.Hash(token),
            SecurityStamp = user.SecurityStamp ?? "",
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync();
        return new IssuedRefreshToken(token, family);
    }

    // Returns the user and the successor token, or null when the token must not be honoured.
    public async Task<(User User, IssuedRefreshToken Token)?> RedeemAsync(string token, TimeSpan lifetime)
    {
        var hash = SecretText.Hash(token);
        var stored = await db.RefreshTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (stored is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var usable = stored.UsedAt is null && stored.RevokedAt is null && stored.ExpiresAt > now
            && stored.SecurityStamp == stored.User.SecurityStamp;
        // Claiming the token is one conditional update, so two concurrent refreshes cannot both win.
        var claimed = usable && await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.UsedAt == null && t.RevokedAt == null)
            .Where(t => !db.RefreshTokens.Any(f => f.FamilyId == stored.FamilyId && f.RevokedAt != null))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UsedAt, now)) == 1;
        if (!claimed)
        {
            await RevokeFamilyAsync(stored.FamilyId);
            return null;
        }

        return (stored.User, await IssueAsync(stored.User, lifetime, stored.FamilyId));
    }

    public async Task<RevokedSignIn?> RevokeFamilyOfAsync(string token)
    {
        var hash = SecretText.Hash(token);
        var signIn = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => new RevokedSignIn(t.UserId, t.FamilyId)).SingleOrDefaultAsync();
        if (signIn is not null)
        {
            await RevokeFamilyAsync(signIn.FamilyId);
        }

        return signIn;
    }

    private Task<int> RevokeFamilyAsync(Guid familyId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now));
    }
}
