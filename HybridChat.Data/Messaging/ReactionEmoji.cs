using System.Globalization;
using HybridChat.Data.Entities;

namespace HybridChat.Data.Messaging;

// A reaction is one emoji: one user-perceived character made only of emoji code points and the
// marks that compose them (joiners, variation selectors, skin tones, flag letters and tags, keycaps).
public static class ReactionEmoji
{
    public const string Field = "emoji";

    public static ValidationErrors Validate(string? emoji)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(emoji))
        {
            errors.Add(Field, "Choose an emoji.");
        }
        else if (emoji.Length > MessageReaction.EmojiMaxLength)
        {
            errors.Add(Field, $"An emoji has at most {MessageReaction.EmojiMaxLength} characters.");
        }
        else if (!IsOneEmoji(emoji))
        {
            errors.Add(Field, "A reaction is a single emoji, not text.");
        }

        return errors;
    }

    private static bool IsOneEmoji(string text)
    {
        if (new StringInfo(text).LengthInTextElements != 1)
        {
            return false;
        }

        var runes = text.EnumerateRunes().Select(r => r.Value).ToList();
        var keycap = runes.Contains(0x20E3);
        var hasBase = runes.Any(IsPictographic) || (keycap && runes.Count(IsKeycapBase) == 1);
        return hasBase && runes.All(r => IsPictographic(r) || IsComposing(r) || (keycap && IsKeycapBase(r)));
    }

    private static bool IsPictographic(int rune) =>
        rune is >= 0x1F000 and <= 0x1FAFF // emoticons, pictographs, transport, flags' letters, supplemental symbols
            or >= 0x2600 and <= 0x27BF // miscellaneous symbols and dingbats
            or >= 0x2300 and <= 0x23FF // watch, hourglass, keyboard, media controls
            or >= 0x2B00 and <= 0x2BFF // stars, arrows, large shapes
            or >= 0x2190 and <= 0x21FF // arrows
            or >= 0x25A0 and <= 0x25FF // geometric shapes (play, stop)
            or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x24C2 or 0x2934 or 0x2935
            or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static bool IsComposing(int rune) =>
        rune is 0x200D // zero-width joiner
            or 0xFE0E or 0xFE0F // text and emoji presentation
            or 0x20E3 // combining keycap
            or >= 0xE0020 and <= 0xE007F; // tags of subdivision flags

    private static bool IsKeycapBase(int rune) => rune is >= '0' and <= '9' or '#' or '*';
}
