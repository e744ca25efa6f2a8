using HybridChat.Data.Search;

namespace HybridChat.Web.Features.Search;

// What is wrong with a search request, for the API's field errors and the page's message alike.
public static class SearchRequestErrors
{
    public static (string Field, string Message)? For(string? query, SearchTerms terms, DateTimeOffset? from, DateTimeOffset? to)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if ((query?.Length ?? 0) > SearchTerms.MaxQueryLength)
        {
            return ("q", $"Search for at most {SearchTerms.MaxQueryLength} characters.");
        }

        if (terms.IsEmpty)
        {
            return ("q", "Type at least one word (letters or digits) to search for.");
        }

        return from >= to ? ("to", "The end of the period must come after its start.") : null;
    }
}
