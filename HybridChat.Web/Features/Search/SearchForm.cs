using System.Globalization;
using HybridChat.Data.Search;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Search;

// The search page's GET form. Dates are whole days (UTC): "to" includes its own day.
public class SearchForm
{
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "conversationId")]
    public int? ConversationId { get; init; }

    [FromQuery(Name = "senderId")]
    public int? SenderId { get; init; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; init; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    public MessageSearchFilter Filter => new(ConversationId, SenderId, Start(From), Start(To?.AddDays(1)));

    public string UrlFor(string cursor) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["conversationId"] = ConversationId?.ToString(CultureInfo.InvariantCulture),
        ["senderId"] = SenderId?.ToString(CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["cursor"] = cursor,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var query ? "/search" + query : "/search";

    private static DateTime? Start(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
