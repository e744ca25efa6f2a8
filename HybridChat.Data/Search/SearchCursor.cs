using System.Globalization;

namespace HybridChat.Data.Search;

// Ranked results are paged by position, so the cursor is how many hits came before the next page.
public static class SearchCursor
{
    private const string Kind = "offset";

    public static string? For(int? offset) => offset is { } start ? CursorText.Encode(Kind, start.ToString(CultureInfo.InvariantCulture)) : null;

    // True with 0 for no cursor (the first page), false for anything that is no cursor of ours.
    public static bool TryParse(string? text, out int offset)
    {
        offset = 0;
        return CursorText.TryDecode(text, 2, out var parts)
            && (parts is null || (parts[0] == Kind && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset)));
    }
}
