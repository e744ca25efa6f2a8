using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// What a live stream replays: message changes in the user's current conversations after a
// given change id, oldest first. Leaving a conversation ends its changes at once.
public class ChangeFeed(ChatDbContext db)
{
    public Task<List<MessageChange>> ReadAsync(int userId, long afterChangeId, int limit, CancellationToken cancellationToken) =>
        db.MessageChanges.AsNoTracking()
            .Where(c => c.Id > afterChangeId && db.Memberships.Any(m => m.UserId == userId && m.ConversationId == c.ConversationId))
            .OrderBy(c => c.Id)
            .Take(limit)
            .Include(c => c.Message).ThenInclude(m => m.Sender)
            .Include(c => c.Message).ThenInclude(m => m.Attachments)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    public async Task<long> LatestChangeIdAsync(CancellationToken cancellationToken) =>
        await db.MessageChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
}
