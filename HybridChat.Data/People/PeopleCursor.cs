using System.Globalization;

namespace HybridChat.Data.People;

// Where a page of search results ended: the match rank (prefix matches first) and the last user name.
public record PeopleCursor(int Rank, string UserName)
{
    public override string ToString() => CursorText.Encode(Rank.ToString(CultureInfo.InvariantCulture), UserName);

    public static bool TryParse(string? text, out PeopleCursor? cursor)
    {
        cursor = null;
        if (!CursorText.TryDecode(text, 2, out var parts))
        {
            return false;
        }

        if (parts is null)
        {
            return true;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
        {
            return false;
        }

        cursor = new PeopleCursor(rank, parts[1]);
        return true;
    }
}
