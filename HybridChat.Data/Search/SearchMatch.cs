namespace HybridChat.Data.Search;

// A message the index matched, and how well: lower ranks first.
public sealed class SearchMatch
{
    public long Id { get; init; }
    public double Rank { get; init; }
}
