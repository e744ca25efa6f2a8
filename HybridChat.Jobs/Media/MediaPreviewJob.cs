using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetVips;

namespace HybridChat.Jobs.Media;

// Makes the WebP preview of an uploaded picture, or of a video's poster frame, and records the
// outcome; a message that already carries the file is marked changed, so every open client swaps
// the placeholder for the preview (or for a file card when the picture cannot be decoded). Running
// it twice is harmless.
public partial class MediaPreviewJob(
    ChatDbContext db, IMediaStore store, IMessageChangePublisher publisher, IOptions<MediaOptions> options, TimeProvider clock,
    VideoFrames videoFrames, ILogger<MediaPreviewJob> logger)
{
    public async Task RunAsync(int mediaId)
    {
        var media = await db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mediaId);
        if (media is not { ThumbnailState: ThumbnailState.Pending })
        {
            return;
        }

        var (previewKey, shape) = media.Kind == MediaKind.Video ? await MakePosterAsync(media) : (await MakePreviewAsync(media), null);
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
            if (shape is { } size)
            {
                (row.Width, row.Height) = (size.Width, size.Height);
            }

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

    // The poster's shape is the video's (its pixels' aspect applied), so the player keeps it.
    private async Task<(string? Key, (int Width, int Height)? Shape)> MakePosterAsync(Data.Entities.Media media)
    {
        var frame = Path.Combine(options.Value.Directory!, "incoming", $"{Guid.NewGuid():N}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(frame)!);
        try
        {
            await using (var video = store.OpenRead(media.StoragePath))
            {
                if (!await videoFrames.TakeAsync(video, media.ContentType, frame))
                {
                    LogUndecodable(logger, media.Id, "ffmpeg took no frame");
                    return (null, null);
                }
            }

            var shape = ImageFiles.ReadSize(frame);
            if ((long)shape.Width * shape.Height > options.Value.MaxImagePixels)
            {
                LogUndecodable(logger, media.Id, $"a frame of {shape.Width}x{shape.Height} pixels");
                return (null, null);
            }

            byte[] poster;
            await using (var png = File.OpenRead(frame))
            {
                poster = ImageFiles.Preview(png, options.Value.PreviewSize);
            }

            using var content = new MemoryStream(poster);
            return (await store.SaveAsync(content), shape);
        }
        catch (VipsException e)
        {
            LogUndecodable(logger, media.Id, e.Message);
            return (null, null);
        }
        finally
        {
            File.Delete(frame);
        }
    }

    // Profile and group pictures are set together with their upload, before this job is scheduled.
    private async Task<bool> IsAvatarAsync(int mediaId) =>
        await db.Users.AnyAsync(u => u.AvatarMediaId == mediaId) || await db.Conversations.AnyAsync(c => c.AvatarMediaId == mediaId);

    [LoggerMessage(LogLevel.Warning, "Media {MediaId} could not be decoded for a preview: {Reason}")]
    private static partial void LogUndecodable(ILogger logger, int mediaId, string reason);
}
