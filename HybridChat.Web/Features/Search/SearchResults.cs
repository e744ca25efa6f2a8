using HybridChat.Data.Search;

namespace HybridChat.Web.Features.Search;

public record SearchChoice(int Id, string Name);

// Error: why the typed query cannot be searched. Conversations and People fill the filters.
public record SearchResults(SearchForm Form, MessageSearchPage Page, string? Error)
{
    public IReadOnlyList<SearchChoice> Conversations { get; init; } = [];
    public IReadOnlyList<SearchChoice> People { get; init; } = [];

    public string? MoreUrl => SearchCursor.For(Page.NextOffset) is { } cursor ? Form.UrlFor(cursor) : null;

    public static string MessageUrl(MessageHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return $"/conversations/{hit.Message.ConversationId}?around={hit.Message.Id}#message-{hit.Message.Id}";
    }
}
