using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.Media;

namespace HybridChat.Web.Features.Avatars;

public record GroupPictureResult(GroupResult? Refused, UploadResult? Upload);

// A group's picture, set or removed by its owner and admins; the members hear conversation.updated.
// The role is checked before the file is stored (callers check it before reading it, too).
public class GroupPictures(ChatDbContext db, AvatarPictures pictures, GroupEvents events)
{
    public async Task<GroupResult?> RefusalAsync(int conversationId, int actorId) =>
        GroupAccess.Check(await db.MembershipAsync(conversationId, actorId), GroupRoles.RefuseManaging);

    public async Task<GroupPictureResult> ReplaceAsync(int conversationId, int actorId, PictureUpload upload, CancellationToken cancellationToken)
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        if (GroupAccess.Check(actor, GroupRoles.RefuseManaging) is { } refused)
        {
            return new GroupPictureResult(refused, null);
        }

        var group = actor!.Conversation;
        var previous = group.AvatarMediaId;
        var result = await pictures.AcceptAsync(actorId, upload, media => group.AvatarMedia = media, cancellationToken);
        if (result.Media is not null)
        {
            await pictures.DiscardAsync(previous);
            await events.ConversationUpdatedAsync(conversationId);
        }

        return new GroupPictureResult(null, result);
    }

    public async Task<GroupResult?> RemoveAsync(int conversationId, int actorId)
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        if (GroupAccess.Check(actor, GroupRoles.RefuseManaging) is { } refused)
        {
            return refused;
        }

        var group = actor!.Conversation;
        var previous = group.AvatarMediaId;
        group.AvatarMedia = null;
        group.AvatarMediaId = null;
        await db.SaveChangesAsync();
        await pictures.DiscardAsync(previous);
        await events.ConversationUpdatedAsync(conversationId);
        return null;
    }
}
