using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Search;

// The generated tsvector column "SearchVector" with its GIN index (see the MessageSearch migration),
// with the 'simple' configuration so every language is split into words alike: case folds, accents
// do not (unaccent is not installed by default), so "cafe" does not find "Café" here. ts_rank_cd
// ranks; negated so that lower ranks first, as on the other providers.
public class PostgreSqlMessageSearchIndex(ChatDbContext db) : IMessageSearchIndex
{
    public IQueryable<SearchMatch> Matches(SearchTerms terms) => db.Database.SqlQuery<SearchMatch>($"""
        SELECT "Id", -ts_rank_cd("SearchVector", to_tsquery('simple', {Query(terms)}))::double precision AS "Rank"
        FROM "Messages" WHERE "SearchVector" @@ to_tsquery('simple', {Query(terms)})
        """);

    // ts_headline drops what looks like markup, so angle brackets go in as control characters (which
    // message text cannot hold) and come back afterwards.
    public async Task<List<SearchExcerpt>> ExcerptsAsync(SearchTerms terms, IReadOnlyCollection<long> messageIds, CancellationToken cancellationToken)
    {
        var excerpts = await db.Database.SqlQuery<SearchExcerpt>($"""
            SELECT "Id", ts_headline('simple', translate("Text", '<>', chr(1) || chr(4)), to_tsquery('simple', {Query(terms)}),
                'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MinWords=10, MaxWords=24, ShortWord=0') AS "Text"
            FROM "Messages"
            """).Where(e => messageIds.Contains(e.Id)).ToListAsync(cancellationToken);
        return [.. excerpts.Select(e => new SearchExcerpt { Id = e.Id, Text = e.Text.Replace('\u0001', '<').Replace('\u0004', '>') })];
    }

    // Every word required (quoted, quotes doubled), the last one a prefix: 'one' & 'two':*
    private static string Query(SearchTerms terms) =>
        string.Join(" & ", terms.Words.Select(w => "'" + w.Replace("'", "''", StringComparison.Ordinal) + "'")) + ":*";
}
