namespace HybridChat.Web.Features.Reactions;

// The emoji the picker offers at once; reactions.js searches a longer list by name.
public static class ReactionPicker
{
    public static readonly IReadOnlyList<(string Emoji, string Name)> Common =
    [
        ("👍", "thumbs up"), ("❤️", "red heart"), ("😂", "face with tears of joy"), ("😮", "face with open mouth"),
        ("😢", "crying face"), ("🙏", "folded hands"), ("🎉", "party popper"), ("👀", "eyes"),
    ];
}
