using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace HybridChat.Data.People;

// Where a page of search results ended: the match rank (prefix matches first) and the last user name.
public record PeopleCursor(int Rank, string UserName)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Rank}:{UserName}")));

    public static bool TryParse(string? text, out PeopleCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
            {
                cursor = new PeopleCursor(rank, parts[1]);
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return cursor is not null;
    }
}
