using System.Globalization;
using HybridChat.Data.Entities;

namespace HybridChat.Data.Conversations;

// Where a page of the conversation list ended: the last row's UpdatedAt ticks and id.
public record ListCursor(DateTime UpdatedAt, int Id)
{
    public static string Format(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return CursorText.Encode(conversation.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture), conversation.Id.ToString(CultureInfo.InvariantCulture));
    }

    public static bool TryParse(string? text, out ListCursor? cursor)
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

        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new ListCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
