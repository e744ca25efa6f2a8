using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Jobs.Media;
using Microsoft.Extensions.Options;
using NetVips;

namespace HybridChat.Web.Features.Media;

public enum UploadRefusal
{
    None,
    TooLarge,
    NotWhatItClaims,
    TooManyPixels,
    UnreadableImage,
    NotAPicture,
}

public record UploadResult(Data.Entities.Media? Media, UploadRefusal Refusal);

// Takes one uploaded file: copies it to a staging file while counting (an oversized one is refused
// as soon as it passes the limit), detects its kind from its bytes, checks and cleans pictures,
// stores it under a random name and records it. Pictures, and videos when ffmpeg is there, then get a preview later.
public class MediaIntake(ChatDbContext db, IMediaStore store, IMediaPreviewScheduler previews, VideoFrames videoFrames, IOptions<MediaOptions> options)
{
    public Task<UploadResult> AcceptAsync(int uploaderId, string? fileName, string? declaredType, Stream content, CancellationToken cancellationToken) =>
        AcceptAsync(uploaderId, fileName, declaredType, content, claim: null, cancellationToken);

    // Claim sees the checked file before it is stored: it may refuse it, or give it an owner that
    // is saved with it, before its preview is scheduled (profile and group pictures).
    public async Task<UploadResult> AcceptAsync(int uploaderId, string? fileName, string? declaredType, Stream content,
        Func<Data.Entities.Media, UploadRefusal>? claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var staging = Path.Combine(options.Value.Directory!, "incoming", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(staging)!);
        try
        {
            var (size, head) = await StageAsync(content, staging, cancellationToken);
            if (size is null)
            {
                return new UploadResult(null, UploadRefusal.TooLarge);
            }

            var type = MediaSniffer.Detect(head, declaredType);
            if (type.Kind != MediaKind.Image && MediaSniffer.ClaimsImage(fileName, declaredType))
            {
                return new UploadResult(null, UploadRefusal.NotWhatItClaims);
            }

            var media = new Data.Entities.Media
            {
                UploaderId = uploaderId,
                FileName = FileNames.Clean(fileName),
                ContentType = type.ContentType,
                Kind = type.Kind,
                Size = size.Value,
            };
            if (type.Kind == MediaKind.Image && CheckImage(media, ref staging) is var refusal and not UploadRefusal.None)
            {
                return new UploadResult(null, refusal);
            }

            if (type.Kind == MediaKind.Video && videoFrames.CanTakeFrom(type.ContentType))
            {
                media.ThumbnailState = ThumbnailState.Pending;
            }

            if (claim?.Invoke(media) is { } claimRefusal and not UploadRefusal.None)
            {
                return new UploadResult(null, claimRefusal);
            }

            await using (var stored = File.OpenRead(staging))
            {
                media.StoragePath = await store.SaveAsync(stored, cancellationToken);
            }

            db.Media.Add(media);
            await db.SaveChangesAsync(cancellationToken);
            if (media.ThumbnailState == ThumbnailState.Pending)
            {
                previews.Schedule(media.Id);
            }

            return new UploadResult(media, UploadRefusal.None);
        }
        finally
        {
            DeleteStaged(staging);
        }
    }

    private async Task<(long? Size, byte[] Head)> StageAsync(Stream content, string staging, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxFileBytes;
        var buffer = new byte[81920];
        var head = new List<byte>(MediaSniffer.HeadLength);
        long size = 0;
        await using var file = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > limit)
            {
                return (null, []);
            }

            head.AddRange(buffer.Take(Math.Min(read, MediaSniffer.HeadLength - head.Count)));
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (size, [.. head]);
    }

    // The size is read from the header before anything is decoded (decompression bombs).
    private UploadRefusal CheckImage(Data.Entities.Media media, ref string staging)
    {
        try
        {
            var (width, height) = ImageFiles.ReadSize(staging);
            if ((long)width * height > options.Value.MaxImagePixels)
            {
                return UploadRefusal.TooManyPixels;
            }

            (media.Width, media.Height) = (width, height);
            var cleaned = staging + ".clean";
            if (ImageFiles.RemoveMetadata(staging, cleaned, media.ContentType) is { } upright)
            {
                File.Delete(staging);
                staging = cleaned;
                (media.Width, media.Height) = upright;
                media.Size = new FileInfo(cleaned).Length;
            }

            media.ThumbnailState = ThumbnailState.Pending;
            return UploadRefusal.None;
        }
        catch (VipsException)
        {
            // Metadata that cannot be removed must not be kept: the picture is refused.
            return UploadRefusal.UnreadableImage;
        }
    }

    private static void DeleteStaged(string staging)
    {
        File.Delete(staging);
        File.Delete(staging.EndsWith(".clean", StringComparison.Ordinal) ? staging : staging + ".clean");
    }
}
