namespace HybridChat.Data.Search;

// The provider's full-text index over message text, chosen with the provider in AddChatData.
public interface IMessageSearchIndex
{
    IQueryable<SearchMatch> Matches(SearchTerms terms);

    Task<List<SearchExcerpt>> ExcerptsAsync(SearchTerms terms, IReadOnlyCollection<long> messageIds, CancellationToken cancellationToken);
}
