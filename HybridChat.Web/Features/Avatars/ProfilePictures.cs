using HybridChat.Data;
using HybridChat.Web.Features.Media;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Avatars;

// A person's own picture: the new one replaces the old at once and is shown once its square
// preview is made (until then, their initials).
public class ProfilePictures(ChatDbContext db, AvatarPictures pictures)
{
    public async Task<UploadResult> ReplaceAsync(int userId, PictureUpload upload, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var previous = user.AvatarMediaId;
        var result = await pictures.AcceptAsync(userId, upload, media => user.AvatarMedia = media, cancellationToken);
        if (result.Media is not null)
        {
            await pictures.DiscardAsync(previous);
        }

        return result;
    }

    public async Task RemoveAsync(int userId)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        var previous = user.AvatarMediaId;
        user.AvatarMedia = null;
        user.AvatarMediaId = null;
        await db.SaveChangesAsync();
        await pictures.DiscardAsync(previous);
    }
}
