using HybridChat.Data;
using HybridChat.Data.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Media;

// Files go once nobody can reach them: those of deleted messages, and uploads never sent. A
// picture someone uses as their own or a group's picture stays whatever its message became.
public class MediaDisposal(ChatDbContext db, IMediaStore store, TimeProvider clock, IOptions<MediaOptions> options)
{
    // The deleted message already hides its files from everyone, so the files go first and the
    // rows after: a run cut short leaves rows that the next run (or the cleanup job) finishes.
    // Files are deleted again after the rows, for a preview that was finished in between.
    public async Task<int> DeleteFilesOfDeletedMessageAsync(long messageId, CancellationToken cancellationToken)
    {
        DeleteFiles(await Discarded().AsNoTracking().Where(m => m.MessageId == messageId).ToListAsync(cancellationToken));
        var removed = await RemoveRowsAsync(Discarded().Where(m => m.MessageId == messageId));
        DeleteFiles(removed);
        return removed.Count;
    }

    public Task<List<long>> DeletedMessagesWithFilesAsync(CancellationToken cancellationToken) =>
        Discarded().Select(m => m.MessageId!.Value).Distinct().ToListAsync(cancellationToken);

    // An unsent upload is attachable until its row goes, so the row goes first (in the writers'
    // turn, so no send attaches it meanwhile) and the files after.
    public async Task<int> RemoveUnsentUploadsAsync(CancellationToken cancellationToken)
    {
        var uploadedBefore = clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(options.Value.UnsentUploadHours);
        cancellationToken.ThrowIfCancellationRequested();
        var removed = await RemoveRowsAsync(NotAvatars().Where(m => m.MessageId == null && m.CreatedAt < uploadedBefore));
        DeleteFiles(removed);
        return removed.Count;
    }

    private IQueryable<Data.Entities.Media> Discarded() =>
        NotAvatars().Where(m => m.Message != null && m.Message.DeletedAt != null);

    private IQueryable<Data.Entities.Media> NotAvatars() =>
        db.Media.Where(m => !db.Users.Any(u => u.AvatarMediaId == m.Id) && !db.Conversations.Any(c => c.AvatarMediaId == m.Id));

    private Task<List<Data.Entities.Media>> RemoveRowsAsync(IQueryable<Data.Entities.Media> doomed) => db.InTransactionAsync(async () =>
    {
        await db.SerializeWritersAsync();
        var rows = await doomed.ToListAsync();
        db.Media.RemoveRange(rows);
        await db.SaveChangesAsync();
        return rows;
    });

    private void DeleteFiles(IEnumerable<Data.Entities.Media> media)
    {
        foreach (var row in media)
        {
            store.Delete(row.StoragePath);
            if (row.ThumbnailPath is { } preview)
            {
                store.Delete(preview);
            }
        }
    }
}
