using System.Globalization;
using HybridChat.Data.Avatars;

namespace HybridChat.Web.Features.Avatars;

// Each picture has its own address (v is the picture's id), so a browser may keep it and a new
// picture is fetched anew.
public static class AvatarUrls
{
    public static string? Page(Avatar avatar) => Format(avatar, avatar?.Owner == AvatarOwner.Group ? "/conversations" : "/people");

    public static string? Api(Avatar avatar) => Format(avatar, avatar?.Owner == AvatarOwner.Group ? "/api/v1/conversations" : "/api/v1/users");

    private static string? Format(Avatar? avatar, string collection) => avatar?.PictureId is { } picture
        ? string.Create(CultureInfo.InvariantCulture, $"{collection}/{avatar.OwnerId}/avatar?v={picture}")
        : null;
}
