using System.Globalization;
using HybridChat.Data.Avatars;

namespace HybridChat.Web.Features.Avatars;

// Initials on a colour for whoever has no picture: the colour comes from the id, so it stays the
// same everywhere and across renames.
public static class AvatarLook
{
    public const int Colours = 12;

    public static string Initials(string name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var letters = words.Take(2).Select(word => StringInfo.GetNextTextElementLength(word) is var length and > 0 ? word[..length] : "");
        var initials = string.Concat(letters).ToUpperInvariant();
        return initials.Length > 0 ? initials : "?";
    }

    // Groups are offset so a group and a person with the same id rarely share a colour.
    public static int Colour(Avatar avatar)
    {
        ArgumentNullException.ThrowIfNull(avatar);
        var seed = avatar.Owner == AvatarOwner.Group ? avatar.OwnerId + 7 : avatar.OwnerId;
        return (int)((uint)seed * 2654435761u % Colours);
    }
}
