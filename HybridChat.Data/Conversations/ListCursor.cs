using System.Globalization;
using HybridChat.Data.Entities;

namespace HybridChat.Data.Conversations;

// An opaque "continue after this row" token: the row's UpdatedAt ticks and id.
public static class ListCursor
{
    public static string Format(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return FormattableString.Invariant($"{conversation.UpdatedAt.Ticks}-{conversation.Id}");
    }

    public static (DateTime UpdatedAt, int Id)? Parse(string? cursor)
    {
        var parts = cursor?.Split('-');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && t is >= 0 and <= 3155378975999999999
                ? (new DateTime(t, DateTimeKind.Utc), i)
                : null;
    }
}
