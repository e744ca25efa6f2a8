using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Email;

public enum ClaimOutcome
{
    Claimed,
    // Sent already, or no such row: nothing left to do.
    Done,
    // Another run holds it right now.
    Busy,
}

// Sending an outbox email is claim, send, mark sent. The claim is one conditional UPDATE, so of
// two runs of the same job only one sends; a run that dies mid-send leaves a claim that expires,
// after which a retry sends it (SMTP cannot be part of our transaction: at least once, never lost).
public class OutboxDelivery(ChatDbContext db, TimeProvider clock)
{
    public async Task<(ClaimOutcome Outcome, OutboxEmail? Email)> ClaimAsync(long id, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && e.SentAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.ClaimedUntil, now + lease).SetProperty(x => x.Attempts, x => x.Attempts + 1), cancellationToken);
        var email = await db.OutboxEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (claimed == 1)
        {
            return (ClaimOutcome.Claimed, email);
        }

        return (email is null || email.SentAt is not null ? ClaimOutcome.Done : ClaimOutcome.Busy, null);
    }

    public Task MarkSentAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.OutboxEmails.Where(e => e.Id == id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.SentAt, now).SetProperty(x => x.ClaimedUntil, (DateTime?)null).SetProperty(x => x.LastError, (string?)null), cancellationToken);
    }

    public Task ReleaseAsync(long id, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var trimmed = error.Length > OutboxEmail.LastErrorMaxLength ? error[..OutboxEmail.LastErrorMaxLength] : error;
        return db.OutboxEmails.Where(e => e.Id == id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.ClaimedUntil, (DateTime?)null).SetProperty(x => x.LastError, trimmed));
    }

    public Task<List<long>> PendingIdsAsync(CancellationToken cancellationToken) => PendingIdsAsync(TimeSpan.Zero, cancellationToken);

    public Task<List<long>> PendingIdsAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - olderThan;
        return db.OutboxEmails.Where(e => e.SentAt == null && e.CreatedAt <= before).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
    }
}
