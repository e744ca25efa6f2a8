using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Search;

// SQL Server: a substring match (LIKE) on every word, without ranking (newest first) and with a
// plain excerpt marked here. Full-Text Search needs a catalog that cannot be created inside a
// migration's transaction and is not installed everywhere, so it is not used.
public class SqlServerMessageSearchIndex(ChatDbContext db) : IMessageSearchIndex
{
    private const int ExcerptLength = 160;

    public IQueryable<SearchMatch> Matches(SearchTerms terms)
    {
        var messages = db.Messages.AsQueryable();
        foreach (var word in terms.Words)
        {
            messages = messages.Where(m => m.Text.Contains(word));
        }

        return messages.Select(m => new SearchMatch { Id = m.Id, Rank = 0 });
    }

    public async Task<List<SearchExcerpt>> ExcerptsAsync(SearchTerms terms, IReadOnlyCollection<long> messageIds, CancellationToken cancellationToken)
    {
        var texts = await db.Messages.Where(m => messageIds.Contains(m.Id)).Select(m => new { m.Id, m.Text }).ToListAsync(cancellationToken);
        return [.. texts.Select(t => new SearchExcerpt { Id = t.Id, Text = Mark(t.Text, terms) })];
    }

    private static string Mark(string text, SearchTerms terms)
    {
        var first = terms.Words.Select(w => text.IndexOf(w, StringComparison.CurrentCultureIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - ExcerptLength / 4);
        var window = text.AsSpan(start, Math.Min(ExcerptLength, text.Length - start));
        var excerpt = string.Concat(start > 0 ? "…" : "", window, start + ExcerptLength < text.Length ? "…" : "");
        foreach (var word in terms.Words)
        {
            excerpt = Regex.Replace(excerpt, Regex.Escape(word), $"{SearchExcerpt.Start}$0{SearchExcerpt.End}",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return excerpt;
    }
}
