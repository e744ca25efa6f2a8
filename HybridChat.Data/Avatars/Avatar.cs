using HybridChat.Data.Entities;

namespace HybridChat.Data.Avatars;

public enum AvatarOwner
{
    User,
    Group,
}

// What stands for a person or a group wherever it is shown: its picture once the square preview
// is ready (PictureId), otherwise its initials on a colour of its own.
public record Avatar(AvatarOwner Owner, int OwnerId, string Name, int? PictureId)
{
    public static Avatar Of(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(AvatarOwner.User, user.Id, user.Name, user.ShownAvatarId);
    }

    public static Avatar Of(Conversation group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(AvatarOwner.Group, group.Id, group.Title ?? "Group", group.ShownAvatarId);
    }
}
