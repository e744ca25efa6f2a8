using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetVips;

namespace HybridChat.Jobs.Media;

// Makes the WebP preview of an uploaded picture and records the outcome; a message that already
// carries the picture is marked changed, so every open client swaps the placeholder for the preview
// (or for a file card when the picture cannot be decoded). Running it twice is harmless.
public partial class MediaPreviewJob(
    ChatDbContext db, IMediaStore store, IMessageChangePublisher publisher, IOptions<MediaOptions> options, TimeProvider clock,
    ILogger<MediaPreviewJob> logger)
{
    public async Task RunAsync(int mediaId)
    {
        var media = await db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mediaId);
        if (media is not { ThumbnailState: ThumbnailState.Pending })
        {
            return;
        }

        var previewKey = await MakePreviewAsync(media);
        var change = await db.InTransactionAsync(async () =>
        {
            await db.SerializeWritersAsync();
            var row = await db.Media.Include(m => m.Message).SingleOrDefaultAsync(m => m.Id == mediaId);
            if (row is not { ThumbnailState: ThumbnailState.Pending })
            {
                return (Written: false, Change: (MessageChange?)null);
            }

            row.ThumbnailState = previewKey is null ? ThumbnailState.Failed : ThumbnailState.Ready;
            row.ThumbnailPath = previewKey;
            var change = row.Message is { IsDeleted: false } message ? db.Record(message, MessageChangeKind.Updated, clock.GetUtcNow().UtcDateTime) : null;
            await db.SaveChangesAsync();
            return (Written: true, Change: change);
        });

        if (!change.Written && previewKey is not null)
        {
            store.Delete(previewKey);
        }

        if (change.Change is not null)
        {
            await publisher.PublishAsync(change.Change);
        }
    }

    private async Task<string?> MakePreviewAsync(Data.Entities.Media media)
    {
        try
        {
            byte[] preview;
            await using (var original = store.OpenRead(media.StoragePath))
            {
                preview = await IsAvatarAsync(media.Id)
                    ? ImageFiles.SquarePreview(original, MediaOptions.AvatarSize)
                    : ImageFiles.Preview(original, options.Value.PreviewSize);
            }

            using var content = new MemoryStream(preview);
            return await store.SaveAsync(content);
        }
        catch (VipsException e)
        {
            LogUndecodable(logger, media.Id, e.Message);
            return null;
        }
    }

    // Profile and group pictures are set together with their upload, before this job is scheduled.
    private async Task<bool> IsAvatarAsync(int mediaId) =>
        await db.Users.AnyAsync(u => u.AvatarMediaId == mediaId) || await db.Conversations.AnyAsync(c => c.AvatarMediaId == mediaId);

    [LoggerMessage(LogLevel.Warning, "Media {MediaId} could not be decoded for a preview: {Reason}")]
    private static partial void LogUndecodable(ILogger logger, int mediaId, string reason);
}
