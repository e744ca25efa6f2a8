using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Maintenance;

public record Purged(int RefreshTokens, int OutboxEmails);

// Rows that only take space: refresh tokens that can never be redeemed again, and emails sent
// longer ago than the retention period.
public class Retention(ChatDbContext db, TimeProvider clock)
{
    public async Task<Purged> PurgeAsync(TimeSpan sentEmailRetention, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sentBefore = now - sentEmailRetention;
        var tokens = await db.RefreshTokens.Where(t => t.ExpiresAt < now || t.RevokedAt != null).ExecuteDeleteAsync(cancellationToken);
        var emails = await db.OutboxEmails.Where(e => e.SentAt != null && e.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        return new Purged(tokens, emails);
    }
}
