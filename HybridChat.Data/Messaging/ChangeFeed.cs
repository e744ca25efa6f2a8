using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// The change log read in id order: all of it (the node's one follower, which fans each change out
// to the live streams) or one user's part (what a stream replays on reconnect: changes in the
// user's current conversations; leaving a conversation ends its changes at once).
public class ChangeFeed(ChatDbContext db)
{
    public Task<List<MessageChange>> ReadAllAsync(long afterChangeId, int limit, CancellationToken cancellationToken) =>
        db.MessageChanges.AsNoTracking().Where(c => c.Id > afterChangeId).OrderBy(c => c.Id).Take(limit).WithMessagesForDisplay()
            .ToListAsync(cancellationToken);

    // Which changes follow, and where: enough to tell whether anyone listens before loading them.
    public async Task<List<ChangeHead>> ReadAllHeadsAsync(long afterChangeId, int limit, CancellationToken cancellationToken) =>
        await db.MessageChanges.AsNoTracking().Where(c => c.Id > afterChangeId).OrderBy(c => c.Id).Take(limit)
            .Select(c => new ChangeHead(c.Id, c.ConversationId)).ToListAsync(cancellationToken);

    // These changes, in id order, with their messages as shown.
    public Task<List<MessageChange>> ReadAllOfAsync(IReadOnlyCollection<long> changeIds, CancellationToken cancellationToken) =>
        db.MessageChanges.AsNoTracking().Where(c => changeIds.Contains(c.Id)).OrderBy(c => c.Id).WithMessagesForDisplay()
            .ToListAsync(cancellationToken);

    // Who receives each conversation's changes: its members now.
    public async Task<ILookup<int, int>> MembersOfAsync(IReadOnlyCollection<int> conversationIds, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.Where(m => conversationIds.Contains(m.ConversationId))
            .Select(m => new { m.ConversationId, m.UserId }).ToListAsync(cancellationToken);
        return members.ToLookup(m => m.ConversationId, m => m.UserId);
    }

    public Task<List<MessageChange>> ReadAsync(int userId, long afterChangeId, int limit, CancellationToken cancellationToken) =>
        db.MessageChanges.AsNoTracking()
            .Where(c => c.Id > afterChangeId && db.Memberships.Any(m => m.UserId == userId && m.ConversationId == c.ConversationId))
            .OrderBy(c => c.Id)
            .Take(limit)
            .WithMessagesForDisplay()
            .ToListAsync(cancellationToken);

    public async Task<long> LatestChangeIdAsync(CancellationToken cancellationToken) =>
        await db.MessageChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

}

public record ChangeHead(long Id, int ConversationId);
