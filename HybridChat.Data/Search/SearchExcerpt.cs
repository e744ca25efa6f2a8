namespace HybridChat.Data.Search;

// An excerpt of a found message with the matched words between Start and End. Both are control
// characters, which message text may not contain, so they can only come from the index.
public sealed class SearchExcerpt
{
    public const char Start = '\u0002';
    public const char End = '\u0003';

    public long Id { get; init; }
    public string Text { get; init; } = "";
}
