using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Media;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Avatars;

// What profile and group pictures share: only pictures are taken, under a neutral file name, and a
// replaced or removed picture is deleted (its row first, then its files).
public class AvatarPictures(ChatDbContext db, MediaIntake intake, IMediaStore store)
{
    public Task<UploadResult> AcceptAsync(int uploaderId, PictureUpload upload, Action<Data.Entities.Media> attach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return intake.AcceptAsync(uploaderId, upload.FileName, upload.ContentType, upload.Content, media =>
        {
            if (media.Kind != MediaKind.Image)
            {
                return UploadRefusal.NotAPicture;
            }

            media.FileName = "picture." + media.ContentType.Split('/')[^1];
            attach(media);
            return UploadRefusal.None;
        }, cancellationToken);
    }

    public async Task DiscardAsync(int? mediaId)
    {
        // A picture also sent in a message (by its uploader, as an attachment) stays with the message.
        if (await db.Media.SingleOrDefaultAsync(m => m.Id == mediaId && m.MessageId == null) is not { } media)
        {
            return;
        }

        db.Media.Remove(media);
        await db.SaveChangesAsync();
        store.Delete(media.StoragePath);
        if (media.ThumbnailPath is { } preview)
        {
            store.Delete(preview);
        }
    }
}
