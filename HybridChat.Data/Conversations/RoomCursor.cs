using System.Globalization;

namespace HybridChat.Data.Conversations;

// Where a page of rooms ended: the match rank (titles starting with the query first), the title
// and the id, which together are unique.
public record RoomCursor(int Rank, string Title, int Id)
{
    public override string ToString() =>
        CursorText.Encode(Rank.ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture), Title);

    public static bool TryParse(string? text, out RoomCursor? cursor)
    {
        cursor = null;
        if (!CursorText.TryDecode(text, 3, out var parts))
        {
            return false;
        }

        if (parts is null)
        {
            return true;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new RoomCursor(rank, parts[2], id);
        return true;
    }
}
