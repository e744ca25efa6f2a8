using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Search;

// FTS5 over Messages (the MessageSearch table, kept in sync by triggers, see the MessageSearch
// migration): words fold case and accents ("cafe" finds "Café"), bm25 ranks, the last word matches
// as a prefix.
public class SqliteMessageSearchIndex(ChatDbContext db) : IMessageSearchIndex
{
    public IQueryable<SearchMatch> Matches(SearchTerms terms) => db.Database.SqlQuery<SearchMatch>(
        $"SELECT rowid AS Id, bm25(MessageSearch) AS Rank FROM MessageSearch WHERE MessageSearch MATCH {Query(terms)}");

    public Task<List<SearchExcerpt>> ExcerptsAsync(SearchTerms terms, IReadOnlyCollection<long> messageIds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SearchExcerpt>(
            $"SELECT rowid AS Id, snippet(MessageSearch, 0, char(2), char(3), '…', 24) AS Text FROM MessageSearch WHERE MessageSearch MATCH {Query(terms)}")
            .Where(e => messageIds.Contains(e.Id)).ToListAsync(cancellationToken);

    // Each word a quoted FTS5 string (quotes doubled), all required, the last one a prefix.
    private static string Query(SearchTerms terms) =>
        string.Join(' ', terms.Words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "*";
}
