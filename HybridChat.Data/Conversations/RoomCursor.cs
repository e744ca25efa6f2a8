using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace HybridChat.Data.Conversations;

// Where a page of rooms ended: the match rank (titles starting with the query first), the title
// and the id, which together are unique.
public record RoomCursor(int Rank, string Title, int Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Rank}:{Id}:{Title}")));

    public static bool TryParse(string? text, out RoomCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', 3);
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                cursor = new RoomCursor(rank, parts[2], id);
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return cursor is not null;
    }
}
