using HybridChat.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Media;

// A file is visible to its uploader and to the members of the conversation it was sent in; to
// anyone else it does not exist. Once the message is deleted, it exists for nobody.
public class MediaAccess(ChatDbContext db)
{
    public Task<Data.Entities.Media?> FindVisibleAsync(int mediaId, int userId) =>
        db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mediaId && (m.Message == null || m.Message.DeletedAt == null)
            && (m.UploaderId == userId
                || (m.Message != null && db.Memberships.Any(s => s.ConversationId == m.Message.ConversationId && s.UserId == userId))));
}
